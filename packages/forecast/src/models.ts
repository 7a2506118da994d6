/** Model registry: every model by name behind one `fitModel` entry point (for CLI, bench and server). */
import { assertNever } from '@zhizao/core';
import { autoArima } from './arima/index.ts';
import { type AutoOptions, auto } from './auto.ts';
import { meanForecast, naive, randomWalkDrift, seasonalNaive, windowAverage } from './baselines.ts';
import { ets } from './ets/auto-ets.ts';
import { intermittent } from './intermittent-models.ts';
import { naive2 } from './naive2.ts';
import { theta } from './theta.ts';
import type { FittedModel } from './types.ts';
import { prepareSeries } from './validate.ts';

/** Every model name `fitModel` accepts. */
export const MODEL_NAMES = [
  'naive',
  'snaive',
  'naive2',
  'drift',
  'mean',
  'window',
  'ses',
  'theta',
  'otm',
  'dotm',
  'ets',
  'arima',
  'croston',
  'sba',
  'tsb',
  'adida',
  'imapa',
  'auto',
] as const;

/** A model name from `MODEL_NAMES`. */
export type ModelName = (typeof MODEL_NAMES)[number];

/** True when `name` is a registered model. */
export function isModelName(name: string): name is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(name);
}

/**
 * Fits the named model. `window` averages the last `season` points (12 when season is 1); `arima` is
 * AutoARIMA from `src/arima`; `auto` takes the extra `AutoOptions`.
 */
export function fitModel(name: ModelName, y: ArrayLike<number>, options: AutoOptions): FittedModel {
  switch (name) {
    case 'naive':
      return naive(y, options);
    case 'snaive':
      return seasonalNaive(y, options);
    case 'naive2':
      return naive2(y, options);
    case 'drift':
      return randomWalkDrift(y, options);
    case 'mean':
      return meanForecast(y, options);
    case 'window':
      return windowAverage(y, { ...options, window: options.season > 1 ? options.season : 12 });
    case 'ses':
      return ets(y, { ...options, error: 'A', trend: 'N', seasonal: 'N' });
    case 'theta':
      return theta(y, { ...options, variant: 'standard' });
    case 'otm':
      return theta(y, { ...options, variant: 'optimised' });
    case 'dotm':
      return theta(y, { ...options, variant: 'dynamic' });
    case 'ets':
      return ets(y, options);
    case 'arima':
      return autoArima(prepareSeries(y), options);
    case 'croston':
    case 'sba':
    case 'tsb':
    case 'adida':
    case 'imapa':
      return intermittent(y, { ...options, method: name });
    case 'auto':
      return auto(y, options);
    default:
      return assertNever(name, 'model name');
  }
}
