/** Argument checks shared by the demo generators. */
import { FIRST_DAY, isoFromDay, LAST_DAY } from '@zhizao/calendar';
import { AppError } from '@zhizao/core';

/** Throws INVALID_INPUT unless [first, last] are integer day numbers inside the holiday tables. */
export function checkDayRange(argument: string, first: number, last: number): void {
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < FIRST_DAY || last > LAST_DAY) {
    throw new AppError(
      'INVALID_INPUT',
      `${argument} must give days inside ${isoFromDay(FIRST_DAY)}..${isoFromDay(LAST_DAY)}, got ${first}..${last}`,
    );
  }
}
