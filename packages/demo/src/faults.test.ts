import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from './items.ts';
import { simulatedTags } from './plant.ts';
import { sampleSignal } from './signal.ts';
import { createDemoTelemetry } from './telemetry.ts';

const HOUR = 3_600_000;
const telemetry = createDemoTelemetry();
const faults = telemetry.faults();

/** The faulted series and the fault-free signal around a fault, a margin either side. */
function around(tagId: string, startMs: number, endMs: number, margin: number) {
  const from = startMs - margin;
  const series = telemetry.generateTelemetry(tagId, from, endMs + margin);
  const tag = simulatedTags().find((t) => t.info.id === tagId)!;
  const clean = sampleSignal(tag, DEFAULT_SEED, {
    firstSecond: from / 1000,
    count: series.values.length,
    stepSeconds: 1,
  });
  return { from, values: series.values, clean: clean.values, index: (ms: number) => (ms - from) / 1000 };
}

describe('injected faults', () => {
  it('lists 11 faults of all four kinds, one per tag, inside the window', () => {
    expect(faults.length).toBe(11);
    const kinds = faults.map((f) => f.kind);
    expect(kinds.filter((k) => k === 'bearing-wear').length).toBe(2);
    expect(kinds.filter((k) => k === 'stuck-sensor').length).toBe(3);
    expect(kinds.filter((k) => k === 'spike').length).toBe(4);
    expect(kinds.filter((k) => k === 'level-shift').length).toBe(2);
    expect(new Set(faults.map((f) => f.tag)).size).toBe(11);
    for (const f of faults) {
      expect(f.startMs).toBeGreaterThanOrEqual(telemetry.startMs);
      expect(f.endMs).toBeLessThanOrEqual(telemetry.endMs);
      expect(f.endMs).toBeGreaterThan(f.startMs);
      expect(f.startMs % 1000).toBe(0);
      expect(f.tag.startsWith(`${f.machine}.`)).toBe(true);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(createDemoTelemetry().faults()).toEqual(faults);
    expect(createDemoTelemetry({ seed: 3 }).faults()).not.toEqual(faults);
  });

  it('changes values exactly inside each fault window and nowhere else', () => {
    for (const f of faults.filter((x) => x.kind !== 'bearing-wear')) {
      const { values, clean, index } = around(f.tag, f.startMs, f.endMs, 600_000);
      const first = index(f.startMs);
      const last = index(f.endMs);
      let outside = 0;
      let changed = 0;
      for (let k = 0; k < values.length; k += 1) {
        const differs = values[k] !== clean[k];
        if (k < first || k >= last) outside += differs ? 1 : 0;
        else changed += differs ? 1 : 0;
      }
      expect(outside).toBe(0);
      expect(changed).toBeGreaterThan((f.kind === 'level-shift' ? 0.5 : 0.9) * (last - first));
      if (f.kind === 'stuck-sensor') {
        const stuck = values.subarray(first, last);
        expect(stuck.every((v) => v === stuck[0])).toBe(true);
        expect(stuck[0]).toBe(clean[first]);
        const normal = clean.subarray(first, last);
        expect(normal.some((v) => v !== normal[0])).toBe(true);
      }
      if (f.kind === 'spike') {
        expect(Math.abs(values[first]! - clean[first]!)).toBeGreaterThan(0.3 * Math.abs(f.magnitude));
      }
      if (f.kind === 'level-shift') {
        let shift = 0;
        for (let k = first; k < last; k += 1) shift += values[k]! - clean[k]!;
        expect(Math.abs(shift / (last - first) - f.magnitude)).toBeLessThan(0.2 * Math.abs(f.magnitude));
      }
    }
  });

  it('makes bearing wear raise running vibration over days', () => {
    for (const f of faults.filter((x) => x.kind === 'bearing-wear')) {
      expect(f.endMs - f.startMs).toBeGreaterThan(48 * HOUR);
      const { values, clean, index } = around(f.tag, f.startMs, f.endMs, 0);
      const last = index(f.endMs);
      let earlyExcess = 0;
      let lateExcess = 0;
      const span = Math.floor(last / 4);
      let earlyRunning = 0;
      let lateRunning = 0;
      // Only samples with the machine running: a stopped machine does not vibrate, worn or not.
      for (let k = 0; k < span; k += 1) {
        if (clean[k]! < 0.5) continue;
        earlyExcess += values[k]! - clean[k]!;
        earlyRunning += 1;
      }
      for (let k = last - span; k < last; k += 1) {
        if (clean[k]! < 0.5) continue;
        lateExcess += values[k]! - clean[k]!;
        lateRunning += 1;
      }
      expect(earlyRunning).toBeGreaterThan(3600);
      expect(lateRunning).toBeGreaterThan(3600);
      expect(earlyExcess / earlyRunning).toBeLessThan(0.1 * f.magnitude);
      expect(lateExcess / lateRunning).toBeGreaterThan(0.4 * f.magnitude);
      const after = telemetry.generateTelemetry(f.tag, f.endMs, f.endMs + HOUR).values;
      const cleanAfter = sampleSignal(simulatedTags().find((t) => t.info.id === f.tag)!, DEFAULT_SEED, {
        firstSecond: f.endMs / 1000,
        count: 3600,
        stepSeconds: 1,
      }).values;
      expect(Array.from(after)).toEqual(Array.from(cleanAfter));
    }
  });
});
