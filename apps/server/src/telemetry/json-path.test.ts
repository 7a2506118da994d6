import { describe, expect, it } from 'vitest';
import { compilePath } from './json-path.ts';

describe('compilePath', () => {
  const body = { data: { temp: 21.5, points: [{ v: 1 }, { v: 2 }] }, flat: 3, nothing: null };

  it('reads one key, nested keys and array indices', () => {
    expect(compilePath('flat')(body)).toBe(3);
    expect(compilePath('data.temp')(body)).toBe(21.5);
    expect(compilePath('data.points.1.v')(body)).toBe(2);
    expect(compilePath('')(body)).toBe(body);
  });

  it('returns undefined where the path leaves the document', () => {
    expect(compilePath('missing')(body)).toBeUndefined();
    expect(compilePath('data.temp.deeper')(body)).toBeUndefined();
    expect(compilePath('nothing.x')(body)).toBeUndefined();
    expect(compilePath('flat')(42)).toBeUndefined();
    expect(compilePath('flat')(null)).toBeUndefined();
    expect(compilePath('a.b')('text')).toBeUndefined();
  });
});
