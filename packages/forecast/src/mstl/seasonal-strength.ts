/** Strength of seasonality from an STL decomposition (Wang, Smith & Hyndman 2006; forecast's `seas.heuristic`). */
import { mstl } from './mstl.ts';

function variance(x: Float64Array): number {
  let mean = 0;
  let count = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!)) continue;
    mean += x[i]!;
    count++;
  }
  mean /= count;
  let s = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) s += (x[i]! - mean) ** 2;
  return s / (count - 1);
}

/**
 * F_S = max(0, min(1, 1 − Var(R) / Var(S + R))) from forecast::mstl with one period (STL, s.window 11).
 * Requires length > 2 × period.
 */
export function seasonalStrength(y: Float64Array, period: number): number {
  const fit = mstl(y, { periods: [period] });
  const seasonal = fit.seasonal[0];
  if (seasonal === undefined) return 0;
  const r = fit.remainder;
  const sr = r.map((v, i) => v + seasonal[i]!);
  return Math.max(0, Math.min(1, 1 - variance(r) / variance(sr)));
}
