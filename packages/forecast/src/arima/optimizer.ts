/** Quasi-Newton minimiser: a port of R's `optim(method = "BFGS")` (vmmin) with its finite-difference gradient. */

/** An objective evaluated at a parameter vector; may return a non-finite value to reject a point. */
export type Objective = (x: Float64Array) => number;

/** Options of {@link minimizeBfgs}, named as R's `optim` control list. */
export interface BfgsOptions {
  /** Maximum number of iterations (R default for BFGS: 100). */
  readonly maxIterations?: number;
  /** Relative convergence tolerance on the objective (R default: sqrt(machine eps) ≈ 1.49e-8). */
  readonly relativeTolerance?: number;
  /** Per-parameter scale: the search works on x / parscale (R's `parscale`). */
  readonly parscale?: Float64Array;
  /** Finite-difference step on the scaled parameters (R's `ndeps`, default 1e-3). */
  readonly finiteDifferenceStep?: number;
}

/** Result of {@link minimizeBfgs}. */
export interface BfgsResult {
  readonly par: Float64Array;
  readonly value: number;
  /** 0 = converged, 1 = iteration limit reached, 2 = non-finite gradient or start value. */
  readonly convergence: 0 | 1 | 2;
  readonly evaluations: number;
}

const STEP_REDUCTION = 0.2;
const ACCEPT_TOLERANCE = 1e-4;
const REL_TEST = 10;

/**
 * Minimises `fn` from `start` by the variable-metric method of Nash (1990, Algorithm 21) exactly as R's
 * `vmmin` (src/appl/optim.c), with central differences for the gradient as `optim` does without `gr`.
 */
export function minimizeBfgs(fn: Objective, start: Float64Array, options: BfgsOptions = {}): BfgsResult {
  const n = start.length;
  const maxit = options.maxIterations ?? 100;
  const reltol = options.relativeTolerance ?? Math.sqrt(Number.EPSILON);
  const ndeps = options.finiteDifferenceStep ?? 1e-3;
  const scale = options.parscale ?? new Float64Array(n).fill(1);
  const point = new Float64Array(n);
  let evaluations = 0;
  const scaledFn = (b: Float64Array): number => {
    for (let i = 0; i < n; i++) point[i] = b[i]! * scale[i]!;
    evaluations++;
    return fn(point);
  };
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) b[i] = start[i]! / scale[i]!;
  const unscale = (v: Float64Array): Float64Array => v.map((x, i) => x * scale[i]!);
  const g = new Float64Array(n);
  const gradient = (): boolean => {
    for (let i = 0; i < n; i++) {
      const keep = b[i]!;
      b[i] = keep + ndeps;
      const up = scaledFn(b);
      b[i] = keep - ndeps;
      const down = scaledFn(b);
      b[i] = keep;
      const d = (up - down) / (2 * ndeps);
      if (!Number.isFinite(d)) return false;
      g[i] = d;
    }
    return true;
  };
  let f = scaledFn(b);
  // With nothing to optimise R's arima just evaluates the objective, whatever its value.
  if (n === 0) return { par: unscale(b), value: f, convergence: 0, evaluations };
  if (!Number.isFinite(f)) return { par: unscale(b), value: f, convergence: 2, evaluations };
  if (maxit <= 0) return { par: unscale(b), value: f, convergence: 0, evaluations };
  let fmin = f;
  if (!gradient()) return { par: unscale(b), value: f, convergence: 2, evaluations };
  const t = new Float64Array(n);
  const x = new Float64Array(n);
  const c = new Float64Array(n);
  const bm = new Float64Array(n * n); // lower triangle of the inverse Hessian, row-major B[i][j], j <= i
  let iter = 1;
  let gradcount = 1;
  let ilast = gradcount;
  let count = 0;
  do {
    if (ilast === gradcount) {
      bm.fill(0);
      for (let i = 0; i < n; i++) bm[i * n + i] = 1;
    }
    for (let i = 0; i < n; i++) {
      x[i] = b[i]!;
      c[i] = g[i]!;
    }
    let gradproj = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j <= i; j++) s -= bm[i * n + j]! * g[j]!;
      for (let j = i + 1; j < n; j++) s -= bm[j * n + i]! * g[j]!;
      t[i] = s;
      gradproj += s * g[i]!;
    }
    if (gradproj < 0) {
      let steplength = 1;
      let accpoint = false;
      do {
        count = 0;
        for (let i = 0; i < n; i++) {
          b[i] = x[i]! + steplength * t[i]!;
          if (REL_TEST + x[i]! === REL_TEST + b[i]!) count++;
        }
        if (count < n) {
          f = scaledFn(b);
          accpoint = Number.isFinite(f) && f <= fmin + gradproj * steplength * ACCEPT_TOLERANCE;
          if (!accpoint) steplength *= STEP_REDUCTION;
        }
      } while (!(count === n || accpoint));
      const enough = Math.abs(f - fmin) > reltol * (Math.abs(fmin) + reltol);
      if (!enough) {
        count = n;
        fmin = f;
      }
      if (count < n) {
        fmin = f;
        if (!gradient()) return { par: unscale(b), value: fmin, convergence: 2, evaluations };
        gradcount++;
        iter++;
        let d1 = 0;
        for (let i = 0; i < n; i++) {
          t[i] = steplength * t[i]!;
          c[i] = g[i]! - c[i]!;
          d1 += t[i]! * c[i]!;
        }
        if (d1 > 0) {
          let d2 = 0;
          for (let i = 0; i < n; i++) {
            let s = 0;
            for (let j = 0; j <= i; j++) s += bm[i * n + j]! * c[j]!;
            for (let j = i + 1; j < n; j++) s += bm[j * n + i]! * c[j]!;
            x[i] = s;
            d2 += s * c[i]!;
          }
          d2 = 1 + d2 / d1;
          for (let i = 0; i < n; i++) {
            for (let j = 0; j <= i; j++) {
              bm[i * n + j] = bm[i * n + j]! + (d2 * t[i]! * t[j]! - x[i]! * t[j]! - t[i]! * x[j]!) / d1;
            }
          }
        } else {
          ilast = gradcount;
        }
      } else if (ilast < gradcount) {
        count = 0;
        ilast = gradcount;
      }
    } else {
      count = 0;
      if (ilast === gradcount) count = n;
      else ilast = gradcount;
    }
    if (iter >= maxit) break;
    if (gradcount - ilast > 2 * n) ilast = gradcount;
  } while (count !== n || ilast !== gradcount);
  // vmmin leaves b at the last trial point; R returns the best point found, which is b when converged.
  return { par: unscale(b), value: fmin, convergence: iter < maxit ? 0 : 1, evaluations };
}
