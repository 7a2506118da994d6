/** Multiplicative event effects by ridge-penalised Poisson regression on a fixed baseline, with event guards. */

/** Why an effect was kept or left out. */
export type EffectReason = 'used' | 'few-events' | 'no-demand' | 'no-gain';

/** One regressor's estimated effect. */
export interface RegressorEffect {
  readonly name: string;
  /** Occurrences in the history: runs of consecutive days where the regressor is non-zero. */
  readonly events: number;
  /** Multiplier on demand at regressor value 1, exp(β); 1 when the effect is not used. */
  readonly factor: number;
  readonly used: boolean;
  readonly reason: EffectReason;
  /**
   * Leave-one-event-out check: absolute error on the regressor's days with the effect over the error
   * without it (< 1 means the effect predicts held-out events better); NaN when not checked.
   */
  readonly errorRatio: number;
}

/** Options of `estimateEffects`. */
export interface EffectOptions {
  /** Fewer occurrences than this leave the regressor out. */
  readonly minEvents: number;
  /** Pseudo-events of "no effect" each estimate is shrunk toward (see `estimateEffects`). */
  readonly shrinkage: number;
  /** Run the leave-one-event-out check and drop effects that do not reduce the held-out error. */
  readonly validate: boolean;
}

/** A regressor column restricted to its non-zero days. */
interface Column {
  readonly name: string;
  readonly days: Int32Array;
  readonly x: Float64Array;
  /** Start offset in `days` of each event (run), plus a final sentinel. */
  readonly events: Int32Array;
  /** Ridge strength relative to the Fisher information: shrinkage / events. */
  shrink: number;
  beta: number;
  active: boolean;
  reason: EffectReason;
  errorRatio: number;
}

const MAX_BETA = 6;
const MAX_STEP = 2;

/**
 * Fits log μ_t = log μ0_t + Σ_j β_j x_tj by Poisson quasi-likelihood (a log-link GLM with the baseline
 * as offset, McCullagh & Nelder 1989 §6; R: `glm(y ~ x + offset(log(mu0)), family = quasipoisson)`),
 * one coordinate Newton step at a time (backfitting), with a ridge penalty λ_j β_j² / 2 where
 * λ_j = (shrinkage / m_j) · Σ x²μ, the Fisher information of one of the m_j events: the estimate is
 * about β̂·m/(m + shrinkage), i.e. `shrinkage` pseudo-events without effect are averaged in (a
 * James–Stein-like pull toward 1 that matters for rare events only). Regressors with fewer than `minEvents`
 * occurrences or no baseline demand are left out; with `validate`, effects whose leave-one-event-out
 * absolute error is not below the error without them are dropped one at a time (worst first) and the
 * rest refitted. `columns[j][t]` is the regressor value on history day t (0 = no event).
 */
export function estimateEffects(
  y: Float64Array,
  baseline: Float64Array,
  columns: readonly { readonly name: string; readonly values: ArrayLike<number> }[],
  options: EffectOptions,
): RegressorEffect[] {
  const n = y.length;
  const eta = new Float64Array(n);
  const prepared = columns.map((column) => prepare(column.name, column.values, n));
  for (const column of prepared) {
    let mass = 0;
    for (let k = 0; k < column.days.length; k++) mass += column.x[k]! ** 2 * baseline[column.days[k]!]!;
    const events = column.events.length - 1;
    if (events < options.minEvents) deactivate(column, 'few-events');
    else if (!(mass > 0)) deactivate(column, 'no-demand');
    else column.shrink = options.shrinkage / events;
  }
  backfit(y, baseline, prepared, eta);
  while (options.validate) {
    let worst: Column | undefined;
    for (const column of prepared) {
      if (!column.active) continue;
      column.errorRatio = leaveOneEventOut(y, baseline, column, eta);
      if (!(column.errorRatio < 1) && (!worst || column.errorRatio > worst.errorRatio)) worst = column;
    }
    if (!worst) break;
    removeFromPredictor(worst, eta);
    deactivate(worst, 'no-gain');
    backfit(y, baseline, prepared, eta);
  }
  return prepared.map((column) => ({
    name: column.name,
    events: column.events.length - 1,
    factor: column.active ? Math.exp(column.beta) : 1,
    used: column.active,
    reason: column.reason,
    errorRatio: column.errorRatio,
  }));
}

function prepare(name: string, values: ArrayLike<number>, n: number): Column {
  let count = 0;
  for (let t = 0; t < n; t++) if (values[t]! !== 0) count++;
  const days = new Int32Array(count);
  const x = new Float64Array(count);
  const starts: number[] = [];
  let k = 0;
  for (let t = 0; t < n; t++) {
    const v = values[t]!;
    if (v === 0) continue;
    if (t === 0 || values[t - 1]! === 0) starts.push(k);
    days[k] = t;
    x[k] = v;
    k++;
  }
  starts.push(count);
  return {
    name,
    days,
    x,
    events: Int32Array.from(starts),
    shrink: 0,
    beta: 0,
    active: true,
    reason: 'used',
    errorRatio: Number.NaN,
  };
}

function deactivate(column: Column, reason: EffectReason): void {
  column.active = false;
  column.reason = reason;
  column.beta = 0;
}

function removeFromPredictor(column: Column, eta: Float64Array): void {
  for (let k = 0; k < column.days.length; k++) eta[column.days[k]!]! -= column.beta * column.x[k]!;
}

/** Coordinate-wise penalised Newton sweeps until the largest step is below 1e-6 (at most 50 sweeps). */
function backfit(y: Float64Array, baseline: Float64Array, columns: Column[], eta: Float64Array): void {
  for (let sweep = 0; sweep < 50; sweep++) {
    let largest = 0;
    for (const column of columns) {
      if (!column.active) continue;
      for (let iteration = 0; iteration < 20; iteration++) {
        const step = newtonStep(y, baseline, column, eta, -1, column.beta);
        const next = clamp(column.beta + step, MAX_BETA);
        const moved = next - column.beta;
        for (let k = 0; k < column.days.length; k++) eta[column.days[k]!]! += moved * column.x[k]!;
        column.beta = next;
        largest = Math.max(largest, Math.abs(moved));
        if (Math.abs(moved) < 1e-9) break;
      }
    }
    if (largest < 1e-6) return;
  }
}

/**
 * One penalised Newton step for β at β = `at` (gradient Σx(y − μ) − λβ over Hessian Σx²μ + λ, with
 * λ = shrink · Σx²μ at the current μ, held fixed within the step); `eta`
 * holds the column's current contribution `column.beta`·x, which is swapped for `at`·x. Days of event
 * `skip` are left out (−1: none).
 */
function newtonStep(
  y: Float64Array,
  baseline: Float64Array,
  column: Column,
  eta: Float64Array,
  skip: number,
  at: number,
): number {
  const from = skip >= 0 ? column.events[skip]! : 0;
  const to = skip >= 0 ? column.events[skip + 1]! : 0;
  let gradient = 0;
  let hessian = 0;
  for (let k = 0; k < column.days.length; k++) {
    if (k >= from && k < to) continue;
    const t = column.days[k]!;
    const x = column.x[k]!;
    const mu = baseline[t]! * Math.exp(eta[t]! + (at - column.beta) * x);
    gradient += x * (y[t]! - mu);
    hessian += x * x * mu;
  }
  const lambda = column.shrink * hessian;
  gradient -= lambda * at;
  hessian += lambda;
  return hessian > 0 ? clamp(gradient / hessian, MAX_STEP) : 0;
}

/**
 * Σ|y − μ| over each event's days with β refitted without that event, divided by the same sum with the
 * effect removed (β = 0), other effects held at their fitted values.
 */
function leaveOneEventOut(
  y: Float64Array,
  baseline: Float64Array,
  column: Column,
  eta: Float64Array,
): number {
  let withEffect = 0;
  let without = 0;
  const events = column.events.length - 1;
  for (let e = 0; e < events; e++) {
    let beta = column.beta;
    for (let iteration = 0; iteration < 30; iteration++) {
      const step = newtonStep(y, baseline, column, eta, e, beta);
      beta = clamp(beta + step, MAX_BETA);
      if (Math.abs(step) < 1e-9) break;
    }
    for (let k = column.events[e]!; k < column.events[e + 1]!; k++) {
      const t = column.days[k]!;
      const x = column.x[k]!;
      const other = baseline[t]! * Math.exp(eta[t]! - column.beta * x);
      withEffect += Math.abs(y[t]! - other * Math.exp(beta * x));
      without += Math.abs(y[t]! - other);
    }
  }
  return without > 0 ? withEffect / without : withEffect > 0 ? Number.POSITIVE_INFINITY : 1;
}

function clamp(value: number, limit: number): number {
  return Math.min(limit, Math.max(-limit, value));
}
