/** Per-day holiday regressors (flags, Spring Festival window and bump) for demand models. */
import { AppError } from '@zhizao/core';
import { dateFromDay, daysFromCivil } from './day-number.ts';
import { springFestivalDay } from './festival-dates.ts';
import type { Holiday } from './holidays.ts';
import { checkDay, holidaysOfYear } from './holidays.ts';

/** Column-oriented holiday effects, one entry per input day. */
export interface HolidayFeatures {
  /** 1 on statutory holiday days (法定假日). */
  readonly publicHoliday: Uint8Array;
  /** 1 inside the usual consecutive break, bridged weekends included. */
  readonly holidayBreak: Uint8Array;
  /** 1 inside a week-long break (黄金周): Spring Festival, National Day. */
  readonly goldenWeek: Uint8Array;
  /** 1 on the 1–3 working days just before a break of 3 days or more (pre-holiday ordering). */
  readonly preHoliday: Uint8Array;
  /** Signed days from the nearest Spring Festival (day − festival day), e.g. −1 on New Year's Eve. */
  readonly daysToSpringFestival: Int16Array;
  /** 1 when daysToSpringFestival lies in the window [−before, +after]. */
  readonly springFestivalWindow: Uint8Array;
  /** Raised-cosine bump: 1 on the festival, falling to 0 at −before and +after, 0 outside. */
  readonly springFestivalBump: Float64Array;
}

/** Width of the Spring Festival window in days before and after the festival. */
export interface SpringFestivalWindow {
  /** Days before the festival (default 21). */
  readonly before?: number;
  /** Days after the festival (default 14). */
  readonly after?: number;
}

function checkWindow(window: SpringFestivalWindow): { before: number; after: number } {
  const before = window.before ?? 21;
  const after = window.after ?? 14;
  for (const [name, value] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 120) {
      throw new AppError('INVALID_INPUT', `options.${name} must be an integer in 1..120, got ${value}`);
    }
  }
  return { before, after };
}

function checkDays(days: Int32Array): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const day of days) {
    if (day < min) min = day;
    if (day > max) max = day;
  }
  if (days.length > 0) {
    checkDay('days (minimum)', min);
    checkDay('days (maximum)', max);
  }
  return { min, max };
}

/** Per-day flags over the years spanned, indexed from `base`. */
interface FlagTable {
  readonly base: number;
  readonly publicHoliday: Uint8Array;
  readonly holidayBreak: Uint8Array;
  readonly goldenWeek: Uint8Array;
  readonly preHoliday: Uint8Array;
}

function flagTable(firstYear: number, lastYear: number): FlagTable {
  const base = daysFromCivil(firstYear, 1, 1);
  const length = daysFromCivil(lastYear, 12, 31) + 1 - base;
  const table: FlagTable = {
    base,
    publicHoliday: new Uint8Array(length),
    holidayBreak: new Uint8Array(length),
    goldenWeek: new Uint8Array(length),
    preHoliday: new Uint8Array(length),
  };
  // The next year too: its New Year break and pre-holiday days can start in late December.
  const holidays: Holiday[] = [];
  for (let year = firstYear; year <= lastYear + 1; year += 1) {
    holidays.push(...holidaysOfYear(year));
  }
  const mark = (flags: Uint8Array, first: number, last: number): void => {
    for (let d = Math.max(first, base); d <= Math.min(last, base + length - 1); d += 1) flags[d - base] = 1;
  };
  for (const h of holidays) {
    mark(table.publicHoliday, h.statutoryFirstDay, h.statutoryLastDay);
    mark(table.holidayBreak, h.breakFirstDay, h.breakLastDay);
    if (h.goldenWeek) mark(table.goldenWeek, h.breakFirstDay, h.breakLastDay);
  }
  for (const h of holidays) {
    if (h.breakLastDay - h.breakFirstDay < 2) continue;
    for (let d = Math.max(h.breakFirstDay - 3, base); d < Math.min(h.breakFirstDay, base + length); d += 1) {
      if (table.holidayBreak[d - base] === 0) table.preHoliday[d - base] = 1;
    }
  }
  return table;
}

/** Signed distance of `day` to the nearest Spring Festival (ties go to the coming one). */
function springOffset(day: number): number {
  const year = dateFromDay(day).year;
  let best = day - springFestivalDay(year);
  for (const candidate of [year - 1, year + 1]) {
    const offset = day - springFestivalDay(candidate);
    if (Math.abs(offset) < Math.abs(best) || (Math.abs(offset) === Math.abs(best) && offset < best)) {
      best = offset;
    }
  }
  return best;
}

/**
 * Holiday regressors for each day number (days since 1970-01-01, 2000–2040). The Spring Festival
 * window follows the usual −21..+14 day factory pattern (pre-holiday stocking, shutdown, slow restart).
 */
export function holidayFeatures(days: Int32Array, options: SpringFestivalWindow = {}): HolidayFeatures {
  const { before, after } = checkWindow(options);
  const { min, max } = checkDays(days);
  const n = days.length;
  const features: HolidayFeatures = {
    publicHoliday: new Uint8Array(n),
    holidayBreak: new Uint8Array(n),
    goldenWeek: new Uint8Array(n),
    preHoliday: new Uint8Array(n),
    daysToSpringFestival: new Int16Array(n),
    springFestivalWindow: new Uint8Array(n),
    springFestivalBump: new Float64Array(n),
  };
  if (n === 0) return features;
  const table = flagTable(dateFromDay(min).year, dateFromDay(max).year);
  // Offsets are computed once per distinct day in [min, max] and then looked up.
  const offsets = new Int16Array(max - min + 1);
  for (let d = min; d <= max; d += 1) offsets[d - min] = springOffset(d);
  for (let i = 0; i < n; i += 1) {
    const day = days[i]!;
    const at = day - table.base;
    features.publicHoliday[i] = table.publicHoliday[at]!;
    features.holidayBreak[i] = table.holidayBreak[at]!;
    features.goldenWeek[i] = table.goldenWeek[at]!;
    features.preHoliday[i] = table.preHoliday[at]!;
    const offset = offsets[day - min]!;
    features.daysToSpringFestival[i] = offset;
    if (offset >= -before && offset <= after) {
      features.springFestivalWindow[i] = 1;
      features.springFestivalBump[i] =
        0.5 * (1 + Math.cos((Math.PI * offset) / (offset < 0 ? before : after)));
    }
  }
  return features;
}

/** One-hot columns for each Spring Festival offset in [−before, +after] (a design matrix block). */
export interface SpringFestivalDummies {
  /** The offset each column stands for, from −before to +after. */
  readonly offsets: Int16Array;
  /** columns[k][i] is 1 when day i lies offsets[k] days from the nearest Spring Festival. */
  readonly columns: Float64Array[];
}

/** Spring Festival offsets as one-hot regressors, e.g. for a regression with holiday dummies. */
export function springFestivalDummies(
  days: Int32Array,
  options: SpringFestivalWindow = {},
): SpringFestivalDummies {
  const { before, after } = checkWindow(options);
  const features = holidayFeatures(days, { before, after });
  const width = before + after + 1;
  const offsets = new Int16Array(width);
  const columns: Float64Array[] = [];
  for (let k = 0; k < width; k += 1) {
    offsets[k] = k - before;
    columns.push(new Float64Array(days.length));
  }
  for (let i = 0; i < days.length; i += 1) {
    if (features.springFestivalWindow[i] === 1) columns[features.daysToSpringFestival[i]! + before]![i] = 1;
  }
  return { offsets, columns };
}
