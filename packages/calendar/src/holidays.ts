/** China's public holidays as a demand model sees them: festival day, statutory days and the usual break. */
import { AppError, assertNever } from '@zhizao/core';
import { dateFromDay, dayFromDate, isoFromDay, isoWeekday } from './day-number.ts';
import {
  dragonBoatDay,
  FIRST_YEAR,
  LAST_YEAR,
  midAutumnDay,
  qingmingDay,
  springFestivalDay,
} from './festival-dates.ts';

/** The seven public holidays of the State Council's 《全国年节及纪念日放假办法》. */
export type HolidayKey =
  | 'newYear'
  | 'springFestival'
  | 'qingming'
  | 'labourDay'
  | 'dragonBoat'
  | 'midAutumn'
  | 'nationalDay';

/** One occurrence of a holiday. Day numbers count days since 1970-01-01. */
export interface Holiday {
  readonly key: HolidayKey;
  /** English name, e.g. `Spring Festival`. */
  readonly name: string;
  /** Chinese name, e.g. `春节`. */
  readonly nameZh: string;
  /** The festival day itself (for the Spring Festival: 正月初一). */
  readonly day: number;
  /** First and last statutory holiday day (法定假日) in force that year. */
  readonly statutoryFirstDay: number;
  readonly statutoryLastDay: number;
  /**
   * First and last day of the usual consecutive break including bridged weekends. An approximation:
   * the State Council publishes the real arrangement (with make-up working days, 调休) each November.
   */
  readonly breakFirstDay: number;
  readonly breakLastDay: number;
  /** True for the week-long breaks (黄金周): Spring Festival, National Day, and Labour Day before 2008. */
  readonly goldenWeek: boolean;
}

const NAMES: Record<HolidayKey, readonly [string, string]> = {
  newYear: ['New Year', '元旦'],
  springFestival: ['Spring Festival', '春节'],
  qingming: ['Qingming Festival', '清明节'],
  labourDay: ['Labour Day', '劳动节'],
  dragonBoat: ['Dragon Boat Festival', '端午节'],
  midAutumn: ['Mid-Autumn Festival', '中秋节'],
  nationalDay: ['National Day', '国庆节'],
};

const KEYS: readonly HolidayKey[] = [
  'newYear',
  'springFestival',
  'qingming',
  'labourDay',
  'dragonBoat',
  'midAutumn',
  'nationalDay',
];

/** Offsets [first, last] from the festival day; index = ISO weekday − 1 of a one-day holiday. */
const BRIDGED: readonly (readonly [number, number])[] = [
  [-2, 0], // Monday: Sat–Mon
  [-2, 0], // Tuesday: Sun–Tue, the Monday made up on the Saturday before
  [0, 0], // Wednesday: the day alone
  [0, 2], // Thursday: Thu–Sat, the Friday made up on the Sunday after
  [0, 2], // Friday: Fri–Sun
  [0, 2], // Saturday: Sat–Mon, Monday in lieu
  [-1, 1], // Sunday: Sat–Mon, Monday in lieu
];

type Span = readonly [number, number];

/** Statutory days and usual break as offsets from the festival day (2008 and 2013 reforms, 2024 revision). */
function rule(key: HolidayKey, year: number, day: number): { statutory: Span; holidayBreak: Span } {
  const bridged = BRIDGED[isoWeekday(day) - 1] ?? [0, 0];
  switch (key) {
    case 'newYear':
    case 'qingming':
    case 'dragonBoat':
    case 'midAutumn':
      return { statutory: [0, 0], holidayBreak: bridged };
    case 'springFestival':
      if (year <= 2007) return { statutory: [0, 2], holidayBreak: [0, 6] };
      if (year <= 2013) return { statutory: [-1, 1], holidayBreak: [-1, 5] };
      if (year <= 2023) return { statutory: [0, 2], holidayBreak: [-1, 5] };
      if (year === 2024) return { statutory: [0, 2], holidayBreak: [0, 7] };
      return { statutory: [-1, 2], holidayBreak: [-1, 6] };
    case 'labourDay':
      if (year <= 2007) return { statutory: [0, 2], holidayBreak: [0, 6] };
      if (year <= 2019) return { statutory: [0, 0], holidayBreak: [0, 2] };
      return { statutory: year <= 2024 ? [0, 0] : [0, 1], holidayBreak: [0, 4] };
    case 'nationalDay':
      return { statutory: [0, 2], holidayBreak: [0, 6] };
    default:
      return assertNever(key, 'holiday key');
  }
}

function festivalDay(key: HolidayKey, year: number): number | undefined {
  switch (key) {
    case 'newYear':
      return dayFromDate(year, 1, 1);
    case 'springFestival':
      return springFestivalDay(year);
    case 'labourDay':
      return dayFromDate(year, 5, 1);
    case 'nationalDay':
      return dayFromDate(year, 10, 1);
    // Public holidays since the 2008 reform; the tables end in 2040 (2041 is asked only for its New Year).
    case 'qingming':
      return year >= 2008 && year <= LAST_YEAR ? qingmingDay(year) : undefined;
    case 'dragonBoat':
      return year >= 2008 && year <= LAST_YEAR ? dragonBoatDay(year) : undefined;
    case 'midAutumn':
      return year >= 2008 && year <= LAST_YEAR ? midAutumnDay(year) : undefined;
    default:
      return assertNever(key, 'holiday key');
  }
}

/** All holidays of one year (2000–2040; 2041 gives New Year, Spring Festival, Labour and National Day). Unchecked. */
export function holidaysOfYear(year: number): Holiday[] {
  const out: Holiday[] = [];
  for (const key of KEYS) {
    const day = festivalDay(key, year);
    if (day === undefined) continue;
    const { statutory, holidayBreak } = rule(key, year, day);
    const [name, nameZh] = NAMES[key];
    out.push({
      key,
      name,
      nameZh,
      day,
      statutoryFirstDay: day + statutory[0],
      statutoryLastDay: day + statutory[1],
      breakFirstDay: day + holidayBreak[0],
      breakLastDay: day + holidayBreak[1],
      goldenWeek: key === 'springFestival' || key === 'nationalDay' || (key === 'labourDay' && year <= 2007),
    });
  }
  return out.sort((a, b) => a.day - b.day);
}

/** First day number the holiday tables cover (2000-01-01). */
export const FIRST_DAY = dayFromDate(FIRST_YEAR, 1, 1);
/** Last day number the holiday tables cover (2040-12-31). */
export const LAST_DAY = dayFromDate(LAST_YEAR, 12, 31);

/** Throws INVALID_INPUT unless `value` is an integer day number inside the tables. */
export function checkDay(argument: string, value: number): void {
  if (!Number.isInteger(value) || value < FIRST_DAY || value > LAST_DAY) {
    throw new AppError(
      'INVALID_INPUT',
      `${argument} must be an integer day number in ${FIRST_DAY}..${LAST_DAY} ` +
        `(${isoFromDay(FIRST_DAY)}..${isoFromDay(LAST_DAY)}), got ${value}`,
    );
  }
}

/**
 * Holidays whose festival day lies in [startDay, endDay] (inclusive day numbers, days since 1970-01-01),
 * in calendar order.
 */
export function holidaysBetween(startDay: number, endDay: number): Holiday[] {
  checkDay('startDay', startDay);
  checkDay('endDay', endDay);
  if (endDay < startDay) {
    throw new AppError('INVALID_INPUT', `endDay (${endDay}) must not be before startDay (${startDay})`);
  }
  const out: Holiday[] = [];
  for (let year = dateFromDay(startDay).year; year <= dateFromDay(endDay).year; year += 1) {
    for (const holiday of holidaysOfYear(year)) {
      if (holiday.day >= startDay && holiday.day <= endDay) out.push(holiday);
    }
  }
  return out;
}
