/** Day numbers (whole days since 1970-01-01) and their conversion to and from civil dates. */
import { AppError } from '@zhizao/core';

/** A civil (proleptic Gregorian) date. */
export interface CivilDate {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

/** Milliseconds in one day. */
export const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Day number of a civil date (1970-01-01 is day 0).
 * Algorithm `days_from_civil` from H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (2013).
 */
export function dayFromDate(year: number, month: number, day: number): number {
  if (!Number.isInteger(year)) throw new AppError('INVALID_INPUT', `year must be an integer, got ${year}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new AppError('INVALID_INPUT', `month must be an integer in 1..12, got ${month}`);
  }
  const monthLength = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (!Number.isInteger(day) || day < 1 || day > monthLength) {
    throw new AppError(
      'INVALID_INPUT',
      `day must be an integer in 1..${monthLength} for ${year}-${month}, got ${day}`,
    );
  }
  return daysFromCivil(year, month, day);
}

/** Unchecked core of {@link dayFromDate}; callers guarantee a valid date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Civil date of a day number; inverse of {@link dayFromDate} (Hinnant's `civil_from_days`). */
export function dateFromDay(dayNumber: number): CivilDate {
  if (!Number.isInteger(dayNumber)) {
    throw new AppError('INVALID_INPUT', `dayNumber must be an integer, got ${dayNumber}`);
  }
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of an ISO date string `YYYY-MM-DD`. */
export function dayFromIso(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null)
    throw new AppError('INVALID_INPUT', `iso must look like YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return dayFromDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** ISO date string `YYYY-MM-DD` of a day number. */
export function isoFromDay(dayNumber: number): string {
  const { year, month, day } = dateFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
