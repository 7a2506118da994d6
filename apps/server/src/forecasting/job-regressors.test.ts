import { describe, expect, it } from 'vitest';
import type { DailySeries } from './daily-series.ts';
import { jobRegressors, promotionDays } from './job-regressors.ts';

function series(planned: DailySeries['planned']): DailySeries {
  return {
    sku: 'S',
    startDay: 20_000,
    values: new Float64Array(10),
    promotion: Uint8Array.of(0, 1, 1, 0, 0, 0, 0, 0, 0, 0),
    planned,
    fingerprint: 'f',
  };
}

describe('promotionDays', () => {
  it('appends planned days ahead, clipped to the horizon, and ignores planned days in the history', () => {
    const flags = promotionDays(
      series([
        { first: 20_005, last: 20_011 },
        { first: 20_013, last: 20_030 },
      ]),
      5,
    );
    expect(Array.from(flags)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1]);
    expect(Array.from(promotionDays(series([]), 2))).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('jobRegressors', () => {
  it('builds the holiday and promotion columns over history and horizon, or none outside the calendar', () => {
    // 2024-01-01 … 2024-03-31: the Spring Festival (2024-02-10) lies inside.
    const columns = jobRegressors(19_723, 91, Uint8Array.of(1, 1));
    expect(columns.map((c) => c.name)).toContain('springFestival+0');
    const festival = columns.find((c) => c.name === 'springFestival+0')!;
    expect(festival.values[19_763 - 19_723]).toBe(1);
    expect(festival.values.length).toBe(91);
    const promotion = columns.find((c) => c.name === 'promotion')!;
    expect([promotion.values[0], promotion.values[1], promotion.values[2]]).toEqual([1, 1, 0]);
    expect(jobRegressors(-30_000, 10, undefined)).toEqual([]);
  });
});
