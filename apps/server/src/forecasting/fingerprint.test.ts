import { describe, expect, it } from 'vitest';
import { seriesFingerprint } from './fingerprint.ts';

describe('seriesFingerprint', () => {
  it('is the SHA-256 of SKU, start day and values, and changes with any of them', () => {
    const base = seriesFingerprint('P-1', 19_000, Float64Array.of(1, 0, 2));
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(seriesFingerprint('P-1', 19_000, Float64Array.of(1, 0, 2))).toBe(base);
    expect(seriesFingerprint('P-1', 19_000, Float64Array.of(1, 0, 2.5))).not.toBe(base);
    expect(seriesFingerprint('P-1', 19_000, Float64Array.of(1, 0, 2, 0))).not.toBe(base);
    expect(seriesFingerprint('P-1', 19_001, Float64Array.of(1, 0, 2))).not.toBe(base);
    expect(seriesFingerprint('P-2', 19_000, Float64Array.of(1, 0, 2))).not.toBe(base);
    // A view into a larger buffer hashes only its own values.
    const view = Float64Array.of(9, 1, 0, 2, 9).subarray(1, 4);
    expect(seriesFingerprint('P-1', 19_000, view)).toBe(base);
  });
});
