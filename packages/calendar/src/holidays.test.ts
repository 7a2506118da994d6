import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from './day-number.ts';
import { holidaysBetween } from './holidays.ts';

describe('holidaysBetween', () => {
  it('lists the seven holidays of 2024 in order with Chinese names', () => {
    const list = holidaysBetween(dayFromIso('2024-01-01'), dayFromIso('2024-12-31'));
    expect(list.map((h) => `${isoFromDay(h.day)} ${h.nameZh}`)).toEqual([
      '2024-01-01 元旦',
      '2024-02-10 春节',
      '2024-04-04 清明节',
      '2024-05-01 劳动节',
      '2024-06-10 端午节',
      '2024-09-17 中秋节',
      '2024-10-01 国庆节',
    ]);
    const spring = list[1]!;
    expect(spring.name).toBe('Spring Festival');
    expect(isoFromDay(spring.breakFirstDay)).toBe('2024-02-10');
    expect(isoFromDay(spring.breakLastDay)).toBe('2024-02-17');
    expect(spring.goldenWeek).toBe(true);
  });

  it('follows the rule changes: no Qingming before 2008, eve statutory from 2025, 5-day May break', () => {
    expect(holidaysBetween(dayFromIso('2005-01-01'), dayFromIso('2005-12-31')).map((h) => h.key)).toEqual([
      'newYear',
      'springFestival',
      'labourDay',
      'nationalDay',
    ]);
    const [spring2025] = holidaysBetween(dayFromIso('2025-01-29'), dayFromIso('2025-01-29'));
    expect(isoFromDay(spring2025!.statutoryFirstDay)).toBe('2025-01-28');
    expect(isoFromDay(spring2025!.statutoryLastDay)).toBe('2025-01-31');
    expect(isoFromDay(spring2025!.breakLastDay)).toBe('2025-02-04');
    const [labour] = holidaysBetween(dayFromIso('2025-05-01'), dayFromIso('2025-05-01'));
    expect(isoFromDay(labour!.breakLastDay)).toBe('2025-05-05');
    expect(labour!.goldenWeek).toBe(false);
  });

  it('bridges one-day holidays to the weekend like the published arrangements', () => {
    // Dragon Boat 2024 (Monday) was Sat 8 – Mon 10 June; Mid-Autumn 2024 (Tuesday) Sun 15 – Tue 17 Sept;
    // Qingming 2024 (Thursday) Thu 4 – Sat 6 April.
    const [dragon] = holidaysBetween(dayFromIso('2024-06-10'), dayFromIso('2024-06-10'));
    expect([isoFromDay(dragon!.breakFirstDay), isoFromDay(dragon!.breakLastDay)]).toEqual([
      '2024-06-08',
      '2024-06-10',
    ]);
    const [moon] = holidaysBetween(dayFromIso('2024-09-17'), dayFromIso('2024-09-17'));
    expect([isoFromDay(moon!.breakFirstDay), isoFromDay(moon!.breakLastDay)]).toEqual([
      '2024-09-15',
      '2024-09-17',
    ]);
    const [qingming] = holidaysBetween(dayFromIso('2024-04-04'), dayFromIso('2024-04-04'));
    expect(isoFromDay(qingming!.breakLastDay)).toBe('2024-04-06');
  });

  it('returns nothing for a range without festivals and checks its arguments', () => {
    expect(holidaysBetween(dayFromIso('2024-03-01'), dayFromIso('2024-03-31'))).toEqual([]);
    expect(() => holidaysBetween(dayFromIso('1999-12-31'), dayFromIso('2000-01-05'))).toThrow(/startDay/);
    expect(() => holidaysBetween(dayFromIso('2024-01-05'), dayFromIso('2024-01-01'))).toThrow(/endDay/);
    expect(() => holidaysBetween(0.5, 10)).toThrow(/startDay/);
  });
});
