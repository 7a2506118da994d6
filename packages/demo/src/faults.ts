/** DEMO DATA: injected sensor and machine faults with their stored ground truth. */
import { assertNever, seededRandom } from '@zhizao/core';
import { hash2 } from './hash.ts';
import type { SimulatedTag } from './plant.ts';

/** The kinds of injected fault. */
export type FaultKind = 'bearing-wear' | 'stuck-sensor' | 'spike' | 'level-shift';

/** Ground truth of one injected fault; the tag's values differ from normal exactly in [startMs, endMs). */
export interface FaultRecord {
  /** Machine id, e.g. `L1-CNC02`. */
  readonly machine: string;
  /** Tag id, e.g. `L1-CNC02.vibration`. */
  readonly tag: string;
  readonly kind: FaultKind;
  readonly startMs: number;
  readonly endMs: number;
  readonly description: string;
  /**
   * Size of the fault in the tag's unit: added drift at the end (bearing wear), offset (level shift),
   * signed spike height (spike); 0 for a stuck sensor.
   */
  readonly magnitude: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Places faults in [startMs, endMs): two bearing-wear drifts on vibration tags of rotating machines
 * (2.5–4 days, repaired before the window ends), three stuck temperature sensors (2–8 h), four spikes (1–3 s) and two
 * level shifts (6–30 h), each on its own tag. Pure function of the seed and the window.
 */
export function scheduleFaults(
  seed: number,
  tags: readonly SimulatedTag[],
  window: { readonly startMs: number; readonly endMs: number },
): FaultRecord[] {
  const random = seededRandom(hash2(seed, 0xfa017));
  const span = window.endMs - window.startMs;
  const second = (ms: number): number => Math.floor(ms / 1000) * 1000;
  const order = tags.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const used = new Set<number>();
  const take = (accept: (t: SimulatedTag) => boolean): SimulatedTag | undefined => {
    const index = order.find((i) => !used.has(i) && accept(tags[i]!));
    if (index === undefined) return undefined;
    used.add(index);
    return tags[index];
  };
  const out: FaultRecord[] = [];
  const add = (kind: FaultKind, tag: SimulatedTag | undefined, length: number, magnitude: number): void => {
    if (tag === undefined || length >= span) return;
    const startMs = second(window.startMs + random.next() * (span - length));
    const endMs = Math.min(second(startMs + length), window.endMs);
    const { info } = tag;
    out.push({
      machine: info.machineId,
      tag: info.id,
      kind,
      startMs,
      endMs,
      magnitude,
      description: describe(kind, info.nameEn, info.unit, magnitude),
    });
  };
  for (let k = 0; k < 2; k += 1) {
    const tag = take((t) => t.info.kind === 'vibration' && t.machine.rotating);
    const length = Math.min(span * 0.8, (2.5 + 1.5 * random.next()) * DAY);
    add('bearing-wear', tag, length, 2.5 + 1.5 * random.next());
  }
  // Temperatures never rest at a clamp, so a frozen temperature reading stands out from the normal signal.
  for (let k = 0; k < 3; k += 1) {
    add(
      'stuck-sensor',
      take((t) => t.info.kind === 'temperature'),
      (2 + 6 * random.next()) * HOUR,
      0,
    );
  }
  for (let k = 0; k < 4; k += 1) {
    const tag = take(() => true);
    const range = tag === undefined ? 0 : tag.info.normalMax - tag.info.normalMin;
    const sign = signFor(tag, random.next());
    add('spike', tag, random.int(1, 3) * 1000, sign * (1 + 0.5 * random.next()) * range);
  }
  for (let k = 0; k < 2; k += 1) {
    const tag = take(() => true);
    const range = tag === undefined ? 0 : tag.info.normalMax - tag.info.normalMin;
    const sign = signFor(tag, random.next());
    add('level-shift', tag, (6 + 24 * random.next()) * HOUR, sign * (0.15 + 0.2 * random.next()) * range);
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

/** Downward faults only on temperatures: other kinds are clamped at zero, which would hide the fault. */
function signFor(tag: SimulatedTag | undefined, u: number): number {
  return tag?.info.kind === 'temperature' && u < 0.5 ? -1 : 1;
}

function describe(kind: FaultKind, tagName: string, unit: string, magnitude: number): string {
  const size = `${Math.abs(magnitude).toPrecision(3)} ${unit}`;
  switch (kind) {
    case 'bearing-wear':
      return `轴承磨损 Bearing wear: ${tagName} rises gradually while running, by ${size} at the end; repaired`;
    case 'stuck-sensor':
      return `传感器卡死 Stuck sensor: ${tagName} repeats its last value`;
    case 'spike':
      return `尖峰 Spike: ${tagName} jumps by ${magnitude > 0 ? '+' : '-'}${size} (electrical interference)`;
    case 'level-shift':
      return `阶跃偏移 Level shift: ${tagName} offset by ${magnitude > 0 ? '+' : '-'}${size} (calibration error)`;
    default:
      return assertNever(kind, 'fault kind');
  }
}

/**
 * Applies one fault to values sampled at startMs + k·stepMs. `speedAt(k)` is the machine's speed
 * fraction at sample k (bearing wear shows while running); `stuckValue` is the normal value at the start;
 * results stay at or above `floor` (a current or pressure sensor cannot read below zero).
 */
export function applyFault(
  fault: FaultRecord,
  series: { readonly values: Float64Array; readonly startMs: number; readonly stepMs: number },
  context: { readonly speedAt: (k: number) => number; readonly stuckValue: number; readonly floor: number },
): void {
  const { values, startMs, stepMs } = series;
  const first = Math.max(0, Math.ceil((fault.startMs - startMs) / stepMs));
  const last = Math.min(values.length, Math.ceil((fault.endMs - startMs) / stepMs));
  const duration = fault.endMs - fault.startMs;
  for (let k = first; k < last; k += 1) {
    switch (fault.kind) {
      case 'bearing-wear': {
        const progress = (startMs + k * stepMs - fault.startMs) / duration;
        values[k]! += fault.magnitude * progress * progress * context.speedAt(k);
        break;
      }
      case 'stuck-sensor':
        values[k] = context.stuckValue;
        break;
      case 'spike':
      case 'level-shift':
        values[k] = Math.max(context.floor, values[k]! + fault.magnitude);
        break;
      default:
        assertNever(fault.kind, 'fault kind');
    }
  }
}
