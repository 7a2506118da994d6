/** DEMO DATA: each machine's load and speed minute by minute, from shift patterns, holidays and jobs. */
import { holidayFeatures, isoWeekday, MS_PER_DAY } from '@zhizao/calendar';
import { assertNever } from '@zhizao/core';
import { hash2, hashString, unit } from './hash.ts';
import type { Schedule } from './plant.ts';

/** Length of one segment, the resolution of machine state. Load and speed are constant inside one. */
export const SEGMENT_MS = 60_000;
/** China Standard Time is UTC+8 all year. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Per-segment drives of one machine for segments first .. first + length − 1. */
export interface SegmentDrives {
  readonly firstSegment: number;
  /** Motor load 0..1 (0 = stopped). */
  readonly load: Float64Array;
  /** Rotation or fan speed as a fraction of nominal, 0..1 (0 = stopped). */
  readonly speed: Float64Array;
}

/** Minutes of the local day in [from, to) during which a shift works (breaks excluded). */
function inShift(schedule: Schedule, minute: number, weekday: number): boolean {
  switch (schedule) {
    case 'two-shift': // 08:00–24:00 Mon–Sat, lunch 12:00–12:45, dinner 17:30–18:15
      return (
        weekday <= 6 &&
        minute >= 480 &&
        !(minute >= 720 && minute < 765) &&
        !(minute >= 1050 && minute < 1095)
      );
    case 'day-shift': // 08:00–17:30 Mon–Sat, lunch 12:00–13:00
      return weekday <= 6 && minute >= 480 && minute < 1050 && !(minute >= 720 && minute < 780);
    case 'continuous':
    case 'utility':
      return true;
    default:
      return assertNever(schedule, 'schedule');
  }
}

/** Seed of one machine's state, shared by all its tags so they stay correlated. */
export function machineSeed(seed: number, machineId: string): number {
  return hash2(seed, hashString(machineId));
}

/**
 * Load and speed of a machine for `length` segments from `firstSegment`. A pure function of
 * (seed, machine, segment): the plant stops on Chinese holiday breaks and Sundays (shift lines), machines
 * lose ~4% of hours to set-up and breakdowns, and jobs of 20 minutes set the spindle speed.
 */
export function segmentDrives(
  mSeed: number,
  schedule: Schedule,
  range: { readonly firstSegment: number; readonly length: number },
): SegmentDrives {
  const { firstSegment, length } = range;
  const load = new Float64Array(length);
  const speed = new Float64Array(length);
  const firstLocalDay = Math.floor((firstSegment * SEGMENT_MS + CHINA_OFFSET_MS) / MS_PER_DAY);
  const lastLocalDay = Math.floor(((firstSegment + length) * SEGMENT_MS + CHINA_OFFSET_MS) / MS_PER_DAY);
  const days = Int32Array.from({ length: lastLocalDay - firstLocalDay + 1 }, (_, i) => firstLocalDay + i);
  const holidayBreak = holidayFeatures(days).holidayBreak;
  for (let i = 0; i < length; i += 1) {
    const segment = firstSegment + i;
    const local = segment * SEGMENT_MS + CHINA_OFFSET_MS;
    const localDay = Math.floor(local / MS_PER_DAY);
    const minute = Math.floor((local - localDay * MS_PER_DAY) / 60_000);
    const weekday = isoWeekday(localDay);
    const onBreak = holidayBreak[localDay - firstLocalDay] === 1;
    const jitter = unit(hash2(mSeed ^ 0x1b873593, segment));
    if (schedule === 'utility') {
      const plantWorking = !onBreak && inShift('two-shift', minute, weekday);
      load[i] = onBreak ? 0.15 + 0.05 * jitter : 0.3 + (plantWorking ? 0.5 : 0) + 0.12 * jitter;
      speed[i] = 1;
      continue;
    }
    const hour = Math.floor(segment / 60);
    // Set-ups and breakdowns cost shift machines ~4% of hours; process plant (furnace, moulding) ~1%.
    const down = unit(hash2(mSeed ^ 0x2c1b3c6d, hour)) < (schedule === 'continuous' ? 0.01 : 0.04);
    if (onBreak || down || !inShift(schedule, minute, weekday)) continue;
    if (schedule === 'continuous') {
      // Shift handover at 08:00 and 20:00 runs at reduced output for a quarter of an hour.
      const handover = (minute >= 480 && minute < 495) || (minute >= 1200 && minute < 1215);
      load[i] = handover ? 0.45 : 0.75 + 0.25 * jitter;
      speed[i] = 1;
      continue;
    }
    const job = Math.floor(segment / 20);
    const cutting = unit(hash2(mSeed ^ 0x7feb352d, segment)) < 0.8;
    load[i] = cutting ? 0.45 + 0.55 * jitter : 0.1;
    speed[i] = cutting ? 0.55 + 0.45 * unit(hash2(mSeed ^ 0x5bd1e995, job)) : 0;
  }
  return { firstSegment, load, speed };
}
