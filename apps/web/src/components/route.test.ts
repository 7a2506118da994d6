import { describe, expect, it } from 'vitest';
import { pageFromHash, pageHref, pageIds } from './route.ts';

describe('pageFromHash', () => {
  it('reads every page back from its own link', () => {
    for (const page of pageIds) expect(pageFromHash(pageHref(page))).toBe(page);
  });

  it('opens the overview for an empty or unknown hash', () => {
    expect(pageFromHash('')).toBe('overview');
    expect(pageFromHash('#/nowhere')).toBe('overview');
    expect(pageFromHash('#data')).toBe('data');
  });
});
