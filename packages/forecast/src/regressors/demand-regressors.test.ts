import { describe, expect, it } from 'vitest';
import { demandRegressors } from './demand-regressors.ts';

/** 60 days with the Spring Festival on day 30, a break on days 50–52 and a pre-holiday day 49. */
function calendar(): {
  holidayBreak: Uint8Array;
  goldenWeek: Uint8Array;
  preHoliday: Uint8Array;
  daysToSpringFestival: Int16Array;
} {
  const n = 60;
  const holidayBreak = new Uint8Array(n);
  const goldenWeek = new Uint8Array(n);
  const preHoliday = new Uint8Array(n);
  holidayBreak.fill(1, 29, 37);
  goldenWeek.fill(1, 29, 37);
  holidayBreak.fill(1, 50, 53);
  preHoliday[49] = 1;
  preHoliday[28] = 1;
  const daysToSpringFestival = Int16Array.from({ length: n }, (_, t) => t - 30);
  return { holidayBreak, goldenWeek, preHoliday, daysToSpringFestival };
}

const sum = (values: ArrayLike<number>): number => Array.from(values).reduce((a, b) => a + b, 0);

describe('demandRegressors', () => {
  it('builds Spring Festival weeks and leaves that window out of the other holiday columns', () => {
    const promotion = new Uint8Array(60);
    const columns = demandRegressors(calendar(), promotion);
    expect(columns.map((c) => c.name)).toEqual([
      'springFestival-3',
      'springFestival-2',
      'springFestival-1',
      'springFestival+0',
      'springFestival+1',
      'springFestival+2',
      'holidayBreak',
      'goldenWeek',
      'preHoliday',
      'promotion',
      'postPromotion',
    ]);
    const byName = new Map(columns.map((c) => [c.name, c.values]));
    expect(byName.get('springFestival-3')![9]).toBe(1); // day 9 is 21 days before
    expect(byName.get('springFestival-1')![29]).toBe(1);
    expect(byName.get('springFestival+0')![30]).toBe(1);
    expect(byName.get('springFestival+2')![50]).toBe(1); // 20 days after: still in the window
    expect(sum(byName.get('springFestival+0')!)).toBe(7);
    expect(sum(byName.get('holidayBreak')!)).toBe(2); // days 51–52 only
    expect(sum(byName.get('goldenWeek')!)).toBe(0);
    expect(sum(byName.get('preHoliday')!)).toBe(0); // days 28 and 49 are in the window
  });

  it('marks the days after a promotion as postPromotion, over history and horizon alike', () => {
    const promotion = new Uint8Array(60);
    promotion.fill(1, 2, 5);
    promotion[55] = 1;
    const columns = demandRegressors(calendar(), promotion, { postPromotionDays: 3 });
    const post = columns.find((c) => c.name === 'postPromotion')!.values;
    expect(Array.from(post).slice(0, 9)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 0]);
    expect(Array.from(post).slice(55)).toEqual([0, 1, 1, 1, 0]);
    expect(demandRegressors(calendar(), promotion, { postPromotionDays: 0 }).at(-1)!.name).toBe('promotion');
  });

  it('checks that every column covers the same days', () => {
    expect(() => demandRegressors(calendar(), new Uint8Array(59))).toThrow(
      /calendar\.holidayBreak must have one entry per day \(59, as promotion\), got 60/,
    );
    expect(() => demandRegressors(calendar(), new Uint8Array(60), { springFestivalWeeksBefore: -1 })).toThrow(
      /options\.springFestivalWeeksBefore/,
    );
  });
});
