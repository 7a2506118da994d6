/** Local (degree 0/1) tricube regression as STL uses it: ports of `stlest` and `stless` (Cleveland et al. 1990). */

/**
 * Loess estimate at abscissa `xs` (1-based) from points nleft..nright of y (R's stl.f `stlest`), tricube
 * weights times robustness weights `rw` when given. Returns NaN when all weights vanish. `w` is scratch (≥ n).
 */
export function loessPoint(
  y: Float64Array,
  options: { n: number; len: number; degree: number; xs: number; nleft: number; nright: number },
  scratch: { w: Float64Array; rw: Float64Array | undefined },
): number {
  const { n, len, degree, xs, nleft, nright } = options;
  const { w, rw } = scratch;
  const range = n - 1;
  let h = Math.max(xs - nleft, nright - xs);
  if (len > n) h += Math.trunc((len - n) / 2);
  const h9 = 0.999 * h;
  const h1 = 0.001 * h;
  let a = 0;
  for (let j = nleft; j <= nright; j++) {
    w[j - 1] = 0;
    const r = Math.abs(j - xs);
    if (r <= h9) {
      if (r <= h1) w[j - 1] = 1;
      else w[j - 1] = (1 - (r / h) ** 3) ** 3;
      if (rw !== undefined) w[j - 1] = rw[j - 1]! * w[j - 1]!;
      a += w[j - 1]!;
    }
  }
  if (a <= 0) return Number.NaN;
  for (let j = nleft; j <= nright; j++) w[j - 1] = w[j - 1]! / a;
  if (h > 0 && degree > 0) {
    a = 0;
    for (let j = nleft; j <= nright; j++) a += w[j - 1]! * j;
    let b = xs - a;
    let c = 0;
    for (let j = nleft; j <= nright; j++) c += w[j - 1]! * (j - a) * (j - a);
    if (Math.sqrt(c) > 0.001 * range) {
      b /= c;
      for (let j = nleft; j <= nright; j++) w[j - 1] = w[j - 1]! * (b * (j - a) + 1);
    }
  }
  let ys = 0;
  for (let j = nleft; j <= nright; j++) ys += w[j - 1]! * y[j - 1]!;
  return ys;
}

/**
 * Loess smooth of y[0..n) into ys, evaluated every `jump` points and linearly interpolated between
 * (R's stl.f `stless`). `w` is scratch of length ≥ n.
 */
export function loessSmooth(
  y: Float64Array,
  options: { n: number; len: number; degree: number; jump: number; rw: Float64Array | undefined },
  out: { ys: Float64Array; w: Float64Array },
): void {
  const { n, len, degree, jump, rw } = options;
  const { ys, w } = out;
  if (n < 2) {
    ys[0] = y[0]!;
    return;
  }
  const newnj = Math.min(jump, n - 1);
  let nleft = 1;
  let nright = n;
  const fit = (i: number): void => {
    const v = loessPoint(y, { n, len, degree, xs: i, nleft, nright }, { w, rw });
    ys[i - 1] = Number.isNaN(v) ? y[i - 1]! : v;
  };
  if (len >= n) {
    nleft = 1;
    nright = n;
    for (let i = 1; i <= n; i += newnj) fit(i);
  } else if (newnj === 1) {
    const nsh = Math.trunc((len + 1) / 2);
    nleft = 1;
    nright = len;
    for (let i = 1; i <= n; i++) {
      if (i > nsh && nright !== n) {
        nleft++;
        nright++;
      }
      fit(i);
    }
  } else {
    const nsh = Math.trunc((len + 1) / 2);
    for (let i = 1; i <= n; i += newnj) {
      if (i < nsh) {
        nleft = 1;
        nright = len;
      } else if (i >= n - nsh + 1) {
        nleft = n - len + 1;
        nright = n;
      } else {
        nleft = i - nsh + 1;
        nright = len + i - nsh;
      }
      fit(i);
    }
  }
  if (newnj !== 1) {
    for (let i = 1; i <= n - newnj; i += newnj) {
      const delta = (ys[i + newnj - 1]! - ys[i - 1]!) / newnj;
      for (let j = i + 1; j <= i + newnj - 1; j++) ys[j - 1] = ys[i - 1]! + delta * (j - i);
    }
    const k = Math.trunc((n - 1) / newnj) * newnj + 1;
    if (k !== n) {
      fit(n);
      if (k !== n - 1) {
        const delta = (ys[n - 1]! - ys[k - 1]!) / (n - k);
        for (let j = k + 1; j <= n - 1; j++) ys[j - 1] = ys[k - 1]! + delta * (j - k);
      }
    }
  }
}
