/** Stateless integer hashing, so demo signals are pure functions of (seed, key, time). */

/** MurmurHash3's 32-bit finaliser (Appleby, MurmurHash3 `fmix32`): a bijective avalanche mix. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hash of two 32-bit integers (order matters). */
export function hash2(a: number, b: number): number {
  return mix32((mix32(a) + Math.imul(b | 0, 0x9e3779b1)) | 0);
}

/** FNV-1a 32-bit hash of a string (Fowler–Noll–Vo, IETF draft-eastlake-fnv). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Uniform in [0, 1) from a 32-bit hash. */
export function unit(hash: number): number {
  return hash / 4294967296;
}

const SQRT3 = Math.sqrt(3);

/**
 * Approximately standard-normal value from two hashes: Irwin–Hall sum of four 16-bit uniforms,
 * centred and scaled to unit variance (sum of n uniforms has variance n/12). Bounded at ±2√3.
 */
export function gaussianFromHash(h1: number, h2: number): number {
  const sum = (h1 & 0xffff) + (h1 >>> 16) + (h2 & 0xffff) + (h2 >>> 16);
  return (sum / 65536 - 2) * SQRT3;
}
