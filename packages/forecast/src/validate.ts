/** Argument checks shared by every public forecasting function: series, horizon, season, probability. */
import { AppError } from '@zhizao/core';

/** How a public function treats NaN in its input series. */
export type MissingPolicy = 'interpolate' | 'reject';

/**
 * Returns a finite copy of `y`: interior NaNs are linearly interpolated, leading/trailing NaNs take the
 * nearest observed value. With `missing: 'reject'` the first NaN raises an AppError naming its index.
 * Infinite values and series without any finite value are always rejected.
 */
export function prepareSeries(
  y: ArrayLike<number>,
  name = 'y',
  missing: MissingPolicy = 'interpolate',
): Float64Array {
  if (y === null || typeof y !== 'object' || typeof y.length !== 'number') {
    throw new AppError('INVALID_INPUT', `${name} must be an array of numbers`);
  }
  const n = y.length;
  if (n === 0) throw new AppError('INVALID_INPUT', `${name} must not be empty`);
  const out = new Float64Array(n);
  let firstFinite = -1;
  for (let i = 0; i < n; i++) {
    const v = y[i];
    if (typeof v !== 'number') {
      throw new AppError('INVALID_INPUT', `${name}[${i}] must be a number, got ${String(v)}`, { index: i });
    }
    if (Number.isNaN(v)) {
      if (missing === 'reject') {
        throw new AppError('INVALID_INPUT', `${name}[${i}] is NaN (missing values are not allowed here)`, {
          index: i,
        });
      }
    } else if (!Number.isFinite(v)) {
      throw new AppError('INVALID_INPUT', `${name}[${i}] is not finite: ${v}`, { index: i });
    } else if (firstFinite < 0) firstFinite = i;
    out[i] = v;
  }
  if (firstFinite < 0) throw new AppError('INVALID_INPUT', `${name} has no finite value (all ${n} are NaN)`);
  for (let i = 0; i < firstFinite; i++) out[i] = out[firstFinite]!;
  let last = firstFinite;
  for (let i = firstFinite + 1; i < n; i++) {
    if (Number.isNaN(out[i]!)) continue;
    const gap = i - last;
    for (let k = 1; k < gap; k++) out[last + k] = out[last]! + ((out[i]! - out[last]!) * k) / gap;
    last = i;
  }
  for (let i = last + 1; i < n; i++) out[i] = out[last]!;
  return out;
}

/** Checks a forecast horizon: an integer from 1 to 100 000. */
export function checkHorizon(horizon: number, name = 'horizon'): void {
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 100_000) {
    throw new AppError('INVALID_INPUT', `${name} must be an integer from 1 to 100000, got ${horizon}`);
  }
}

/** Checks a seasonal period: an integer ≥ 1 (1 = no seasonality). */
export function checkSeason(season: number, name = 'season'): void {
  if (!Number.isInteger(season) || season < 1 || season > 10_000) {
    throw new AppError('INVALID_INPUT', `${name} must be an integer from 1 to 10000, got ${season}`);
  }
}

/** Checks a probability strictly between 0 and 1. */
export function checkProbability(p: number, name = 'p'): void {
  if (!(p > 0 && p < 1)) throw new AppError('INVALID_INPUT', `${name} must lie in (0, 1), got ${p}`);
}
