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

describe('seriesFingerprint with promotions', () => {
  it('changes with a history promotion flag or a planned promotion, not with an empty plan', () => {
    const values = Float64Array.of(1, 0, 2);
    const none = seriesFingerprint('P-1', 19_000, values, { promotion: new Uint8Array(3), planned: [] });
    expect(none).not.toBe(seriesFingerprint('P-1', 19_000, values));
    expect(seriesFingerprint('P-1', 19_000, values, { promotion: new Uint8Array(3) })).toBe(none);
    expect(seriesFingerprint('P-1', 19_000, values, { promotion: Uint8Array.of(0, 1, 0) })).not.toBe(none);
    const planned = seriesFingerprint('P-1', 19_000, values, {
      promotion: new Uint8Array(3),
      planned: [{ first: 19_010, last: 19_016 }],
    });
    expect(planned).not.toBe(none);
    expect(
      seriesFingerprint('P-1', 19_000, values, {
        promotion: new Uint8Array(3),
        planned: [{ first: 19_010, last: 19_017 }],
      }),
    ).not.toBe(planned);
  });
});
