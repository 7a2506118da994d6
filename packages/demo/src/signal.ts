/** DEMO DATA: one tag's normal (fault-free) 1 Hz signal as a pure function of (seed, tag, time). */
import { gaussianFromHash, hash2, hashString, mix32 } from './hash.ts';
import { CHINA_OFFSET_MS, machineSeed, SEGMENT_MS, segmentDrives } from './machine-state.ts';
import type { SimulatedTag } from './plant.ts';

/** Samples of one tag at startMs + k·stepMs. */
export interface SampledSignal {
  readonly values: Float64Array;
  /** Machine speed fraction (0..1) at sample k, for faults that show only while running. */
  speedAt(k: number): number;
}

const SEGMENT_S = SEGMENT_MS / 1000;
const WANDER_KNOT_S = 600;
const DAYS_2000 = 10_957;
const SQRT3 = Math.sqrt(3);
const INV_65536 = 1 / 65_536;

/** Workshop air temperature minus 20 °C: cold Januaries, hot Julys (Wenzhou), warmest at 15:00. */
function ambientDeviation(ms: number): number {
  const localDays = (ms + CHINA_OFFSET_MS) / 86_400_000;
  const dayOfYear = (localDays - DAYS_2000) % 365.2425;
  const hour = (localDays - Math.floor(localDays)) * 24;
  return (
    -1 -
    9 * Math.cos((2 * Math.PI * (dayOfYear - 15)) / 365.2425) +
    2.5 * Math.cos((2 * Math.PI * (hour - 15)) / 24)
  );
}

/** Smooth random wander: value noise on 10-minute knots with smoothstep interpolation (Perlin 1985). */
function wanderAt(tagSeed: number, second: number, sd: number): number {
  const knot = Math.floor(second / WANDER_KNOT_S);
  const f = (second - knot * WANDER_KNOT_S) / WANDER_KNOT_S;
  const h0 = hash2(tagSeed ^ 0x27d4eb2f, knot);
  const h1 = hash2(tagSeed ^ 0x27d4eb2f, knot + 1);
  const v0 = gaussianFromHash(h0, mix32(h0 + 1));
  const v1 = gaussianFromHash(h1, mix32(h1 + 1));
  const s = f * f * (3 - 2 * f);
  return sd * (v0 + (v1 - v0) * s);
}

/** Per-tag seed. */
export function tagSeed(seed: number, tagId: string): number {
  return hash2(seed ^ 0x165667b1, hashString(tagId));
}

/**
 * Samples the tag's normal signal at `count` instants firstSecond + k·stepSeconds (seconds since 1970).
 * value = idle + (full − idle)·drive + ambient + wander + noise, where a thermal tag's drive is the
 * exact first-order-lag response to the piecewise-constant load, x_b = a·x_{b−1} + (1−a)·load_{b−1}
 * with a = exp(−Δ/τ) (zero-order-hold discretisation), summed over the last ~5τ so it depends on time only.
 */
export function sampleSignal(
  tag: SimulatedTag,
  seed: number,
  grid: { readonly firstSecond: number; readonly count: number; readonly stepSeconds: number },
): SampledSignal {
  const { firstSecond, count, stepSeconds } = grid;
  const { signal } = tag;
  const values = new Float64Array(count);
  if (count === 0) return { values, speedAt: () => 0 };
  const thermal = signal.driver === 'thermal' || signal.driver === 'setpoint';
  const history = thermal ? Math.ceil((6 * signal.tauSeconds) / SEGMENT_S) : 0;
  const firstSegment = Math.floor(firstSecond / SEGMENT_S);
  const lastSegment = Math.floor((firstSecond + (count - 1) * stepSeconds) / SEGMENT_S);
  const drives = segmentDrives(machineSeed(seed, tag.machine.id), tag.schedule, {
    firstSegment: firstSegment - history,
    length: lastSegment - firstSegment + history + 2,
  });
  const segments = lastSegment - firstSegment + 2;
  // Slow part at each segment boundary, linearly interpolated inside the segment.
  const slow = new Float64Array(segments);
  const lagged = signal.driver === 'setpoint' ? drives.speed : drives.load;
  const own = tagSeed(seed, tag.info.id);
  const a = Math.exp(-SEGMENT_S / signal.tauSeconds);
  const norm = 1 / (1 - a ** history);
  const span = signal.full - signal.idle;
  for (let b = 0; b < segments; b += 1) {
    const second = (firstSegment + b) * SEGMENT_S;
    let value = signal.ambient * ambientDeviation(second * 1000) + wanderAt(own, second, signal.wander);
    if (thermal) {
      let state = 0;
      let weight = (1 - a) * norm;
      for (let j = 1; j <= history; j += 1) {
        state += weight * lagged[history + b - j]!;
        weight *= a;
      }
      value += span * state;
    }
    slow[b] = value;
  }
  const drive = signal.driver === 'speed' ? drives.speed : drives.load;
  const fast = thermal ? 0 : span;
  const noiseSd = signal.noise * SQRT3;
  // Speeds, currents, pressures, flows and vibration amplitudes cannot read below zero.
  const floor = tag.info.kind === 'temperature' ? Number.NEGATIVE_INFINITY : 0;
  const ownMixed = mix32(own);
  let k = 0;
  for (let b = 0; k < count; b += 1) {
    const segmentStart = (firstSegment + b) * SEGMENT_S;
    const segmentEnd = segmentStart + SEGMENT_S;
    const base = signal.idle + fast * drive[history + b]! + slow[b]!;
    const slope = (slow[b + 1]! - slow[b]!) / SEGMENT_S;
    for (
      let second = firstSecond + k * stepSeconds;
      second < segmentEnd && k < count;
      second += stepSeconds
    ) {
      // Inlined hash2(own, second) and gaussianFromHash(h, mix32(h ^ 0x9e3779b9)) (hash.ts): the hot loop.
      let h = (ownMixed + Math.imul(second, 0x9e3779b1)) | 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      let g = h ^ 0x9e3779b9;
      g ^= g >>> 16;
      g = Math.imul(g, 0x85ebca6b);
      g ^= g >>> 13;
      g = Math.imul(g, 0xc2b2ae35);
      g ^= g >>> 16;
      const uniforms = ((h & 0xffff) + (h >>> 16) + (g & 0xffff) + (g >>> 16)) * INV_65536 - 2;
      const value = base + slope * (second - segmentStart) + noiseSd * uniforms;
      values[k] = Math.max(value, floor);
      k += 1;
    }
  }
  const speedAt = (k: number): number =>
    drives.speed[history + Math.floor((firstSecond + k * stepSeconds) / SEGMENT_S) - firstSegment] ?? 0;
  return { values, speedAt };
}
