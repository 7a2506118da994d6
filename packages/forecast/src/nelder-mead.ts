/** Derivative-free minimiser (Nelder & Mead 1965) with R `optim`'s stopping rule, allocation-free per step. */

/** Options of `nelderMead`. */
export interface NelderMeadOptions {
  /** Initial simplex step per coordinate; default 10% of the largest |x0_i| (0.1 when all are 0), as R's nmmin. */
  readonly step?: Float64Array;
  /** Relative tolerance on the spread of function values (R `reltol`), default 1e-8. */
  readonly relTol?: number;
  /** Maximum function evaluations, default 2000 (R's default `maxit` for ets). */
  readonly maxEvaluations?: number;
}

/** The minimum found. */
export interface NelderMeadResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly evaluations: number;
}

/**
 * Minimises `f` from `x0`. Coefficients adapt to the dimension d (Gao & Han 2012): reflection 1,
 * expansion 1 + 2/d, contraction 0.75 − 1/(2d), shrink 1 − 1/d — for d = 2 these are R `nmmin`'s
 * 1, 2, 0.5, 0.5; in higher dimensions they avoid the classic simplex collapse.
 * Infinite or NaN values are treated as +∞, which makes bound and admissibility penalties work.
 * Stops when max − min of the simplex values ≤ relTol·(|f(x0)| + relTol), R's convergence test.
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: Float64Array,
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const d = x0.length;
  const relTol = options.relTol ?? 1e-8;
  const maxEvaluations = options.maxEvaluations ?? 2000;
  const simplex = new Float64Array((d + 1) * d);
  const values = new Float64Array(d + 1);
  const centroid = new Float64Array(d);
  const trial = new Float64Array(d);
  const trial2 = new Float64Array(d);
  const safe = (x: Float64Array): number => {
    const v = f(x);
    return Number.isNaN(v) ? Number.POSITIVE_INFINITY : v;
  };
  let largest = 0;
  for (let j = 0; j < d; j++) largest = Math.max(largest, Math.abs(x0[j]!));
  const defaultStep = largest > 0 ? 0.1 * largest : 0.1;
  for (let i = 0; i <= d; i++) {
    for (let j = 0; j < d; j++) simplex[i * d + j] = x0[j]!;
    if (i > 0) simplex[i * d + i - 1] = simplex[i * d + i - 1]! + (options.step?.[i - 1] ?? defaultStep);
  }
  const row = new Float64Array(d);
  for (let i = 0; i <= d; i++) {
    for (let j = 0; j < d; j++) row[j] = simplex[i * d + j]!;
    values[i] = safe(row);
  }
  let evaluations = d + 1;
  const tolerance = relTol * (Math.abs(values[0]!) + relTol);
  const expansion = 1 + 2 / Math.max(d, 2);
  const contraction = 0.75 - 1 / (2 * Math.max(d, 2));
  const shrink = 1 - 1 / Math.max(d, 2);
  while (evaluations < maxEvaluations) {
    let best = 0;
    let worst = 0;
    for (let i = 1; i <= d; i++) {
      if (values[i]! < values[best]!) best = i;
      if (values[i]! > values[worst]!) worst = i;
    }
    let second = best;
    for (let i = 0; i <= d; i++) if (i !== worst && values[i]! > values[second]!) second = i;
    if (values[worst]! <= values[best]! + tolerance && Number.isFinite(values[worst]!)) break;
    centroid.fill(0);
    for (let i = 0; i <= d; i++) {
      if (i === worst) continue;
      for (let j = 0; j < d; j++) centroid[j] = centroid[j]! + simplex[i * d + j]! / d;
    }
    for (let j = 0; j < d; j++) trial[j] = 2 * centroid[j]! - simplex[worst * d + j]!;
    const reflected = safe(trial);
    evaluations += 1;
    if (reflected < values[best]!) {
      for (let j = 0; j < d; j++) trial2[j] = centroid[j]! + expansion * (trial[j]! - centroid[j]!);
      const expanded = safe(trial2);
      evaluations += 1;
      const useExpanded = expanded < reflected;
      for (let j = 0; j < d; j++) simplex[worst * d + j] = useExpanded ? trial2[j]! : trial[j]!;
      values[worst] = useExpanded ? expanded : reflected;
      continue;
    }
    if (reflected < values[second]!) {
      for (let j = 0; j < d; j++) simplex[worst * d + j] = trial[j]!;
      values[worst] = reflected;
      continue;
    }
    const outside = reflected < values[worst]!;
    for (let j = 0; j < d; j++) {
      const from = outside ? trial[j]! : simplex[worst * d + j]!;
      trial2[j] = centroid[j]! + contraction * (from - centroid[j]!);
    }
    const contracted = safe(trial2);
    evaluations += 1;
    if (contracted < Math.min(values[worst]!, reflected)) {
      for (let j = 0; j < d; j++) simplex[worst * d + j] = trial2[j]!;
      values[worst] = contracted;
      continue;
    }
    for (let i = 0; i <= d; i++) {
      if (i === best) continue;
      for (let j = 0; j < d; j++) {
        simplex[i * d + j] = simplex[best * d + j]! + shrink * (simplex[i * d + j]! - simplex[best * d + j]!);
        row[j] = simplex[i * d + j]!;
      }
      values[i] = safe(row);
      evaluations += 1;
    }
  }
  let best = 0;
  for (let i = 1; i <= d; i++) if (values[i]! < values[best]!) best = i;
  const x = new Float64Array(d);
  for (let j = 0; j < d; j++) x[j] = simplex[best * d + j]!;
  return { x, value: values[best]!, evaluations };
}
