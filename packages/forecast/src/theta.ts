/** Theta family: standard (STM, M4 benchmark), optimised (OTM) and dynamic optimised (DOTM) theta. */
import { clampForecast, normalForecast, scaleForecast } from './forecast-result.ts';
import { nelderMead } from './nelder-mead.ts';
import { seasonalAdjustment } from './seasonality.ts';
import { fitSes } from './ses.ts';
import type { FitOptions, FittedModel, Forecast } from './types.ts';
import { checkHorizon, checkSeason, prepareSeries } from './validate.ts';

/** Which theta variant to fit. */
export type ThetaVariant = 'standard' | 'optimised' | 'dynamic';

interface ThetaCore {
  readonly name: string;
  readonly params: Record<string, number>;
  readonly fitted: Float64Array;
  readonly alpha: number;
  point(horizon: number): Float64Array;
}

/** Least-squares line y = a + b·t over t = 1..n. */
function linearFit(y: Float64Array): { a: number; b: number } {
  const n = y.length;
  if (n < 2) return { a: y[0] ?? 0, b: 0 };
  const tMean = (n + 1) / 2;
  let yMean = 0;
  for (let t = 0; t < n; t++) yMean += y[t]!;
  yMean /= n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t + 1 - tMean) * (y[t]! - yMean);
    sxx += (t + 1 - tMean) ** 2;
  }
  const b = sxy / sxx;
  return { a: yMean - b * tMean, b };
}

/**
 * Standard theta as the M4 benchmark `Theta.classic`: SES on the θ=2 line 2y − (a + bt), averaged
 * with equal weights with the linear trend (Assimakopoulos & Nikolopoulos 2000).
 */
function standardTheta(y: Float64Array): ThetaCore {
  const n = y.length;
  const { a, b } = linearFit(y);
  const thetaLine = new Float64Array(n);
  for (let t = 0; t < n; t++) thetaLine[t] = 2 * y[t]! - (a + b * (t + 1));
  const ses = fitSes(thetaLine);
  const fitted = new Float64Array(n);
  for (let t = 0; t < n; t++) fitted[t] = 0.5 * ses.fitted[t]! + 0.5 * (a + b * (t + 1));
  return {
    name: 'Theta',
    params: { alpha: ses.alpha, level0: ses.level0, intercept: a, slope: b, theta: 2 },
    fitted,
    alpha: ses.alpha,
    point(horizon) {
      const out = new Float64Array(horizon);
      for (let i = 0; i < horizon; i++) out[i] = 0.5 * ses.level + 0.5 * (a + b * (n + i + 1));
      return out;
    },
  };
}

/**
 * OTM / DOTM state space of Fiorucci et al. (2016, eqs. 3–9): μ_{t+1} = ℓ_t + (1 − 1/θ)·
 * [(1−α)^t A_t + ((1 − (1−α)^{t+1})/α) B_t], ℓ_t = αY_t + (1−α)ℓ_{t−1}, with A_t, B_t the
 * least-squares intercept and slope over Y_1..Y_t (dynamic) or over the whole sample (static).
 * ℓ₀, α ∈ (0,1) and θ ≥ 1 minimise the in-sample MSE.
 */
function optimisedTheta(y: Float64Array, dynamic: boolean): ThetaCore {
  const n = y.length;
  const line = linearFit(y);
  const fitted = new Float64Array(n);
  const state = { level: 0, a: 0, b: 0 };
  const run = (level0: number, alpha: number, theta: number, out: Float64Array | null): number => {
    const k = 1 - 1 / theta;
    let level = level0;
    let mean = 0;
    let a = dynamic ? 0 : line.a;
    let b = dynamic ? 0 : line.b;
    let decay = 1;
    let sse = 0;
    for (let t = 0; t < n; t++) {
      const mu = level + k * (decay * a + ((1 - decay * (1 - alpha)) / alpha) * b);
      const yt = y[t]!;
      if (out !== null) out[t] = mu;
      sse += (yt - mu) ** 2;
      level = alpha * yt + (1 - alpha) * level;
      decay *= 1 - alpha;
      if (dynamic) {
        const count = t + 1;
        const previousMean = mean;
        mean = ((count - 1) * mean + yt) / count;
        b = count === 1 ? 0 : ((count - 2) * b + (6 * (yt - previousMean)) / count) / (count + 1);
        a = mean - ((count + 1) * b) / 2;
      }
    }
    state.level = level;
    state.a = a;
    state.b = b;
    return sse;
  };
  const objective = (x: Float64Array): number => {
    const alpha = 1 / (1 + Math.exp(-x[1]!));
    const theta = 1 + Math.exp(x[2]!);
    if (!(alpha > 1e-3 && alpha < 0.999)) return Number.POSITIVE_INFINITY;
    return run(x[0]!, alpha, theta, null);
  };
  const start = new Float64Array([y[0]!, 0, 0]);
  const scale = Math.max(Math.abs(y[0]!), 1e-8);
  const best = nelderMead(objective, start, { step: new Float64Array([0.1 * scale, 0.5, 0.5]) });
  const level0 = best.x[0]!;
  const alpha = 1 / (1 + Math.exp(-best.x[1]!));
  const theta = 1 + Math.exp(best.x[2]!);
  run(level0, alpha, theta, fitted);
  const final = { ...state };
  const decayN = (1 - alpha) ** n;
  return {
    name: dynamic ? 'DOTM' : 'OTM',
    params: { alpha, theta, level0 },
    fitted,
    alpha,
    point(horizon) {
      const out = new Float64Array(horizon);
      const k = 1 - 1 / theta;
      for (let i = 0; i < horizon; i++) {
        out[i] = final.level + k * (decayN * final.a + (i + (1 - decayN * (1 - alpha)) / alpha) * final.b);
      }
      return out;
    },
  };
}

/**
 * Fits a theta model. Seasonality: the M4 90% ACF test and classical multiplicative decomposition
 * (deseasonalise, fit, reseasonalise). Intervals: Gaussian with se_h = σ·sqrt(1 + (h−1)α²), σ² the
 * in-sample one-step MSE, as forecast::thetaf (Hyndman & Billah 2003, SES-with-drift equivalence).
 */
export function theta(
  y: ArrayLike<number>,
  options: FitOptions & { readonly variant?: ThetaVariant },
): FittedModel {
  checkSeason(options.season, 'options.season');
  const series = prepareSeries(y);
  const m = options.season;
  const probe = seasonalAdjustment(series, m, 1);
  const data = probe === null ? series : probe.adjusted;
  const variant = options.variant ?? 'standard';
  const core =
    series.length < 3
      ? standardTheta(data)
      : variant === 'standard'
        ? standardTheta(data)
        : optimisedTheta(data, variant === 'dynamic');
  let sse = 0;
  for (let t = 0; t < data.length; t++) sse += (data[t]! - core.fitted[t]!) ** 2;
  const sigma = Math.sqrt(sse / Math.max(1, data.length - 3));
  const fitted = core.fitted.map((v, i) => (probe === null ? v : v * probe.insample[i]!));
  return {
    model: core.name,
    params: { ...core.params, seasonal: probe !== null },
    fitted,
    forecast(horizon: number): Forecast {
      checkHorizon(horizon);
      const mean = core.point(horizon);
      const sd = new Float64Array(horizon);
      for (let i = 0; i < horizon; i++) sd[i] = sigma * Math.sqrt(1 + i * core.alpha ** 2);
      let f = normalForecast(core.name, mean, sd);
      if (probe !== null) {
        const adjustment = seasonalAdjustment(series, m, horizon);
        if (adjustment !== null) f = scaleForecast(f, adjustment.future);
      }
      return options.nonNegative === true ? clampForecast(f) : f;
    },
  };
}
