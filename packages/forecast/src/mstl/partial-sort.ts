/** Partial sort used by STL's robustness weights: a literal port of R's stl.f `psort` (Singleton 1969). */

/**
 * Rearranges `a` so that the (1-based) positions in `ind` hold the values a full sort would put there, as
 * R's Fortran `psort`. R calls it with unsorted `ind` = (n/2 + 1, n/2) for the median; reproducing the
 * routine itself (rather than sorting) keeps robust STL identical to R's in that case too.
 */
export function partialSort(values: Float64Array, ind: readonly number[]): void {
  const n = values.length;
  const ni = ind.length;
  if (n < 2 || ni === 0) return;
  // 1-based views.
  const a = (k: number): number => values[k - 1]!;
  const set = (k: number, v: number): void => {
    values[k - 1] = v;
  };
  const at = (k: number): number => ind[k - 1]!;
  const il = new Int32Array(17);
  const iu = new Int32Array(17);
  const indl = new Int32Array(17);
  const indu = new Int32Array(17);
  let jl = 1;
  let ju = ni;
  indl[1] = 1;
  indu[1] = ni;
  let i = 1;
  let j = n;
  let m = 1;
  let k = 0;
  let l = 0;
  let t = 0;
  let tt = 0;
  let p = 0;
  let label = 161;
  for (;;) {
    switch (label) {
      case 161:
        label = i < j ? 10 : 166;
        break;
      case 166:
        m--;
        if (m === 0) return;
        i = il[m]!;
        j = iu[m]!;
        jl = indl[m]!;
        ju = indu[m]!;
        label = jl <= ju ? 173 : 166;
        break;
      case 173:
        label = j - i > 10 ? 10 : 174;
        break;
      case 10: {
        k = i;
        const ij = Math.trunc((i + j) / 2);
        t = a(ij);
        if (a(i) > t) {
          set(ij, a(i));
          set(i, t);
          t = a(ij);
        }
        l = j;
        if (a(j) < t) {
          set(ij, a(j));
          set(j, t);
          t = a(ij);
          if (a(i) > t) {
            set(ij, a(i));
            set(i, t);
            t = a(ij);
          }
        }
        label = 181;
        break;
      }
      case 181:
        l--;
        if (a(l) <= t) {
          tt = a(l);
          do k++;
          while (!(a(k) >= t));
          if (k > l) {
            label = 183;
            break;
          }
          set(l, a(k));
          set(k, tt);
        }
        break;
      case 183:
        indl[m] = jl;
        indu[m] = ju;
        p = m;
        m++;
        if (l - i <= j - k) {
          il[p] = k;
          iu[p] = j;
          j = l;
          for (;;) {
            if (jl > ju) {
              label = 166;
              break;
            }
            if (at(ju) > j) ju--;
            else {
              indl[p] = ju + 1;
              label = 173;
              break;
            }
          }
        } else {
          il[p] = i;
          iu[p] = l;
          i = k;
          for (;;) {
            if (jl > ju) {
              label = 166;
              break;
            }
            if (at(jl) < i) jl++;
            else {
              indu[p] = jl - 1;
              label = 173;
              break;
            }
          }
        }
        break;
      case 174:
        if (i !== 1) {
          i--;
          label = 209;
        } else label = 161;
        break;
      case 209:
        i++;
        if (i === j) {
          label = 166;
          break;
        }
        t = a(i + 1);
        if (a(i) > t) {
          k = i;
          do {
            set(k + 1, a(k));
            k--;
          } while (!(t >= a(k)));
          set(k + 1, t);
        }
        break;
      default:
        return;
    }
  }
}
