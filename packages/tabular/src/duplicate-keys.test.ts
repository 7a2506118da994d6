// Duplicate key detection over the bit-set and the string fallback paths.
import { describe, expect, it } from 'vitest';
import { findDuplicates } from './duplicate-keys.ts';

describe('findDuplicates', () => {
  it('finds repeated texts in order with their first occurrence, ignoring blanks', () => {
    expect(findDuplicates(['A', 'B', '', 'A', '', 'B', 'A'])).toEqual([
      { index: 3, firstIndex: 0 },
      { index: 5, firstIndex: 1 },
      { index: 6, firstIndex: 0 },
    ]);
    expect(findDuplicates([])).toEqual([]);
  });

  it('pairs text with a day number and skips the marker value', () => {
    const days = Int32Array.from([10, 11, 10, -5, -5, 99, 11]);
    expect(findDuplicates(['A', 'A', 'A', 'B', 'B', 'C', 'A'], days, 99)).toEqual([
      { index: 2, firstIndex: 0 },
      { index: 4, firstIndex: 3 },
      { index: 6, firstIndex: 1 },
    ]);
  });

  it('falls back to string keys when the key space is too large for a bit set', () => {
    const days = Int32Array.from([0, 2_000_000_000, 0, 2_000_000_000]);
    expect(findDuplicates(['A', 'B', 'A', 'C'], days)).toEqual([{ index: 2, firstIndex: 0 }]);
  });
});
