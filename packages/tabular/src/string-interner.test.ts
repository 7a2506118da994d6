// The interner returns exactly the sliced text, for repeated values, hash collisions and after a column is switched off.
import { describe, expect, it } from 'vitest';
import { StringInterner } from './string-interner.ts';

describe('StringInterner', () => {
  it('returns the same text as slice for repeated, distinct, empty and long fields', () => {
    const fields: string[] = [];
    for (let i = 0; i < 6000; i++) fields.push(i % 3 === 0 ? `v${i % 50}` : `u${i}`);
    fields.push('', 'x'.repeat(60));
    const text = fields.join(',');
    const interner = new StringInterner(16);
    let at = 0;
    for (const field of fields) {
      expect(interner.take(text, at, at + field.length, 0)).toBe(field);
      at += field.length + 1;
    }
  });

  it('keeps columns apart and handles columns beyond the bookkeeping limit', () => {
    const interner = new StringInterner(1000);
    expect(interner.take('ab', 0, 2, 0)).toBe('ab');
    expect(interner.take('ac', 0, 2, 0)).toBe('ac');
    expect(interner.take('ab', 0, 2, 1)).toBe('ab');
    expect(interner.take('zzab', 2, 4, 200)).toBe('ab');
  });
});
