/** DEMO DATA: calendar multipliers shared by every SKU (weekday, Chinese holidays, season phase). */
import { dateFromDay, dayFromDate, holidayFeatures, isoWeekday } from '@zhizao/calendar';
import { assertNever } from '@zhizao/core';
import type { SeasonShape } from './catalog-types.ts';

/** Per-day multipliers over [startDay, endDay], index = day − startDay. */
export interface SalesCalendar {
  readonly startDay: number;
  readonly days: Int32Array;
  /** Weekday effect of B2B orders (Monday high, Sunday almost nothing), mean 1 over a week. */
  readonly weekday: Float64Array;
  /** Holiday effect: pre-Spring-Festival stocking, shutdown, slow restart; other breaks; pre-holiday orders. */
  readonly holiday: Float64Array;
  /** Phase of the year in radians, 0 on 1 January. */
  readonly yearPhase: Float64Array;
  /** First day of each calendar year touched, for campaign placement. */
  readonly years: readonly number[];
}

const WEEKDAY = [1.18, 1.15, 1.12, 1.12, 1.08, 0.5, 0.15] as const;
const WEEKDAY_MEAN = WEEKDAY.reduce((a, b) => a + b, 0) / 7;

/** Spring Festival effect by days from the festival: a typical Chinese factory's order book. */
function springFestivalEffect(offset: number): number | undefined {
  if (offset < -21 || offset > 21) return undefined;
  if (offset <= -8) return 1 + 0.35 * (1 - Math.abs(offset + 14) / 7); // stocking before the break
  if (offset <= -2) return 0.85 - (0.5 * (offset + 7)) / 5; // workers leave for home
  if (offset <= 6) return 0.04; // shutdown
  if (offset <= 14) return 0.25 + (0.55 * (offset - 7)) / 7; // slow restart
  return 0.85 + (0.12 * (offset - 15)) / 6;
}

/** The shared calendar for a day range inside 2000–2040. */
export function salesCalendar(startDay: number, endDay: number): SalesCalendar {
  const n = endDay - startDay + 1;
  const days = Int32Array.from({ length: n }, (_, i) => startDay + i);
  const features = holidayFeatures(days);
  const weekday = new Float64Array(n);
  const holiday = new Float64Array(n);
  const yearPhase = new Float64Array(n);
  const years: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const day = startDay + i;
    weekday[i] = WEEKDAY[isoWeekday(day) - 1]! / WEEKDAY_MEAN;
    const { year } = dateFromDay(day);
    if (years.at(-1) !== year) years.push(year);
    yearPhase[i] = (2 * Math.PI * (day - dayFromDate(year, 1, 1))) / 365.25;
    const spring = springFestivalEffect(features.daysToSpringFestival[i]!);
    if (spring !== undefined) holiday[i] = spring;
    else if (features.holidayBreak[i] === 1) holiday[i] = features.goldenWeek[i] === 1 ? 0.12 : 0.3;
    else if (features.preHoliday[i] === 1) holiday[i] = 1.2;
    else holiday[i] = 1;
  }
  return { startDay, days, weekday, holiday, yearPhase, years };
}

/** Yearly seasonal multiplier: pumps peak in summer, valves with spring and autumn building work. */
export function seasonFactor(shape: SeasonShape, amplitude: number, phase: number): number {
  const peak = (dayOfYear: number): number => (2 * Math.PI * dayOfYear) / 365.25;
  switch (shape) {
    case 'summer':
      return 1 + amplitude * Math.cos(phase - peak(190));
    case 'construction':
      return 1 + amplitude * Math.cos(2 * (phase - peak(110)));
    case 'maintenance':
      return 1 + amplitude * Math.cos(2 * (phase - peak(135)));
    case 'flat':
      return 1 + amplitude * Math.cos(phase - peak(100));
    default:
      return assertNever(shape, 'season shape');
  }
}
