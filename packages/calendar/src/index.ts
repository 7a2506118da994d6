/** @zhizao/calendar — Chinese public holidays 2000–2040 and holiday regressors for demand models. */

export type { CivilDate } from './day-number.ts';
export { dateFromDay, dayFromDate, dayFromIso, isoFromDay, isoWeekday, MS_PER_DAY } from './day-number.ts';
export {
  dragonBoatDay,
  FIRST_YEAR,
  LAST_YEAR,
  midAutumnDay,
  qingmingDay,
  springFestivalDay,
} from './festival-dates.ts';
export type { HolidayFeatures, SpringFestivalDummies, SpringFestivalWindow } from './holiday-features.ts';
export { holidayFeatures, springFestivalDummies } from './holiday-features.ts';
export type { Holiday, HolidayKey } from './holidays.ts';
export { FIRST_DAY, holidaysBetween, LAST_DAY } from './holidays.ts';
