/** @zhizao/core — the shared kernel every other package may depend on. */

export type { AppErrorCode } from './app-error.ts';
export { AppError, isAppError } from './app-error.ts';
export { assertNever, invariant } from './assert.ts';
export type { Clock, EpochMillis } from './clock.ts';
export { ManualClock, systemClock } from './clock.ts';
export type { Random } from './random.ts';
export { seededRandom } from './random.ts';
