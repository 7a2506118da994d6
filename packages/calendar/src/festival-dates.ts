/** Gregorian dates of the lunar festivals and Qingming, 2000–2040, as day numbers. */
import { AppError } from '@zhizao/core';
import { dayFromIso } from './day-number.ts';

/** First year covered by the festival tables. */
export const FIRST_YEAR = 2000;
/** Last year covered by the festival tables. */
export const LAST_YEAR = 2040;

/*
 * Month-day of each festival, generated with lunar-javascript 1.7.7 (6tail; an implementation of the
 * 寿星万年历 astronomical algorithms): `Lunar.fromYmd(y, 1, 1).getSolar()` (春节), `Lunar.fromYmd(y, 5, 5)`
 * (端午), `Lunar.fromYmd(y, 8, 15)` (中秋) and the 清明 solar term (sun at ecliptic longitude 15°, China time).
 * The Spring Festival list is also checked by hand against the dates the State Council publishes each year;
 * festival-dates.test.ts pins a set of well-known dates.
 */

// Spring Festival (农历正月初一), 1999..2041: one year either side so the nearest festival is always known.
// biome-ignore format: a table reads best ten years to a line
const SPRING_FESTIVAL = [
  '02-16', '02-05', '01-24', '02-12', '02-01', '01-22', '02-09', '01-29', '02-18', '02-07',
  '01-26', '02-14', '02-03', '01-23', '02-10', '01-31', '02-19', '02-08', '01-28', '02-16',
  '02-05', '01-25', '02-12', '02-01', '01-22', '02-10', '01-29', '02-17', '02-06', '01-26',
  '02-13', '02-03', '01-23', '02-11', '01-31', '02-19', '02-08', '01-28', '02-15', '02-04',
  '01-24', '02-12', '02-01',
] as const;

// Dragon Boat Festival (农历五月初五), 2000..2040.
// biome-ignore format: a table reads best ten years to a line
const DRAGON_BOAT = [
  '06-06', '06-25', '06-15', '06-04', '06-22', '06-11', '05-31', '06-19', '06-08', '05-28',
  '06-16', '06-06', '06-23', '06-12', '06-02', '06-20', '06-09', '05-30', '06-18', '06-07',
  '06-25', '06-14', '06-03', '06-22', '06-10', '05-31', '06-19', '06-09', '05-28', '06-16',
  '06-05', '06-24', '06-12', '06-01', '06-20', '06-10', '05-30', '06-18', '06-07', '05-27',
  '06-14',
] as const;

// Mid-Autumn Festival (农历八月十五), 2000..2040.
// biome-ignore format: a table reads best ten years to a line
const MID_AUTUMN = [
  '09-12', '10-01', '09-21', '09-11', '09-28', '09-18', '10-06', '09-25', '09-14', '10-03',
  '09-22', '09-12', '09-30', '09-19', '09-08', '09-27', '09-15', '10-04', '09-24', '09-13',
  '10-01', '09-21', '09-10', '09-29', '09-17', '10-06', '09-25', '09-15', '10-03', '09-22',
  '09-12', '10-01', '09-19', '09-08', '09-27', '09-16', '10-04', '09-24', '09-13', '10-02',
  '09-20',
] as const;

// Qingming (清明 solar term), 2000..2040.
// biome-ignore format: a table reads best ten years to a line
const QINGMING = [
  '04-04', '04-05', '04-05', '04-05', '04-04', '04-05', '04-05', '04-05', '04-04', '04-04',
  '04-05', '04-05', '04-04', '04-04', '04-05', '04-05', '04-04', '04-04', '04-05', '04-05',
  '04-04', '04-04', '04-05', '04-05', '04-04', '04-04', '04-05', '04-05', '04-04', '04-04',
  '04-05', '04-05', '04-04', '04-04', '04-05', '04-05', '04-04', '04-04', '04-05', '04-05',
  '04-04',
] as const;

function toDays(table: readonly string[], firstYear: number): Int32Array {
  return Int32Array.from(table, (monthDay, i) => dayFromIso(`${firstYear + i}-${monthDay}`));
}

const springFestivalDays = toDays(SPRING_FESTIVAL, FIRST_YEAR - 1);
const dragonBoatDays = toDays(DRAGON_BOAT, FIRST_YEAR);
const midAutumnDays = toDays(MID_AUTUMN, FIRST_YEAR);
const qingmingDays = toDays(QINGMING, FIRST_YEAR);

function lookup(table: Int32Array, firstYear: number, year: number, what: string): number {
  const value = Number.isInteger(year) ? table[year - firstYear] : undefined;
  if (value === undefined) {
    const last = firstYear + table.length - 1;
    throw new AppError(
      'INVALID_INPUT',
      `year must be an integer in ${firstYear}..${last} for ${what}, got ${year}`,
    );
  }
  return value;
}

/** Day number of the Spring Festival (Chinese New Year, 春节) of a year, 1999–2041. */
export function springFestivalDay(year: number): number {
  return lookup(springFestivalDays, FIRST_YEAR - 1, year, 'the Spring Festival');
}

/** Day number of the Dragon Boat Festival (端午节) of a year, 2000–2040. */
export function dragonBoatDay(year: number): number {
  return lookup(dragonBoatDays, FIRST_YEAR, year, 'the Dragon Boat Festival');
}

/** Day number of the Mid-Autumn Festival (中秋节) of a year, 2000–2040. */
export function midAutumnDay(year: number): number {
  return lookup(midAutumnDays, FIRST_YEAR, year, 'the Mid-Autumn Festival');
}

/** Day number of Qingming (清明节) of a year, 2000–2040. */
export function qingmingDay(year: number): number {
  return lookup(qingmingDays, FIRST_YEAR, year, 'Qingming');
}
