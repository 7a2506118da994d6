import { dayFromIso } from '@zhizao/calendar';
import { describe, expect, it } from 'vitest';
import { createDemoTelemetry } from './telemetry.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const telemetry = createDemoTelemetry();
/** Epoch ms of a China-time wall clock hour on an ISO date. */
const local = (iso: string, hour: number): number => dayFromIso(iso) * DAY + (hour - 8) * HOUR;

function mean(values: Float64Array, from = 0, to = values.length): number {
  let sum = 0;
  for (let i = from; i < to; i += 1) sum += values[i]!;
  return sum / (to - from);
}

describe('createDemoTelemetry', () => {
  it('defaults to the 7 days ending 2026-11-29 00:00 China time', () => {
    expect(telemetry.startMs).toBe(Date.parse('2026-11-22T00:00:00+08:00'));
    expect(telemetry.endMs - telemetry.startMs).toBe(7 * DAY);
    expect(telemetry.tags.length).toBe(97);
  });

  it('samples at 1 Hz on whole seconds, half-open [from, to)', () => {
    const s = telemetry.generateTelemetry(
      'L1-CNC01.spindleCurrent',
      telemetry.startMs + 500,
      telemetry.startMs + 60_000,
    );
    expect(s.startMs).toBe(telemetry.startMs + 1000);
    expect(s.stepMs).toBe(1000);
    expect(s.values.length).toBe(59);
    const coarse = telemetry.generateTelemetry(
      'L1-CNC01.spindleCurrent',
      telemetry.startMs,
      telemetry.startMs + HOUR,
      {
        stepMs: 60_000,
      },
    );
    expect(coarse.values.length).toBe(60);
  });

  it('is deterministic in the seed; live values continue the history exactly', () => {
    const id = 'L3-IMM01.barrelTemperature';
    const from = telemetry.endMs - HOUR;
    const a = telemetry.generateTelemetry(id, from, telemetry.endMs + HOUR);
    const b = createDemoTelemetry().generateTelemetry(id, from, telemetry.endMs + HOUR);
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    const other = createDemoTelemetry({ seed: 7 }).generateTelemetry(id, from, from + 60_000);
    expect(Array.from(other.values)).not.toEqual(Array.from(a.values.subarray(0, 60)));
    for (const k of [0, 1234, 3599, 3600, 7199]) {
      expect(telemetry.liveValue(id, from + k * 1000 + 999)).toBe(a.values[k]);
    }
    const [live] = telemetry.liveBatch([id], telemetry.endMs, telemetry.endMs + HOUR);
    expect(Array.from(live!.values)).toEqual(Array.from(a.values.subarray(3600)));
    const chunks = Array.from(
      telemetry.telemetryChunks(id, from, telemetry.endMs + HOUR, { chunkMs: 1_000_000 }),
    );
    expect(chunks.length).toBe(8);
    expect(chunks.flatMap((c) => Array.from(c.values))).toEqual(Array.from(a.values));
  });

  it('follows shifts, Sundays and the Spring Festival shutdown, with current tied to load', () => {
    const id = 'L1-CNC01.spindleCurrent';
    const night = telemetry.generateTelemetry(id, local('2026-11-25', 2), local('2026-11-25', 6)).values;
    const morning = telemetry.generateTelemetry(id, local('2026-11-25', 8), local('2026-11-25', 12)).values;
    const sunday = telemetry.generateTelemetry(id, local('2026-11-22', 9), local('2026-11-22', 17)).values;
    const festival = telemetry.generateTelemetry(id, local('2026-02-18', 9), local('2026-02-18', 17)).values;
    // Stopped, the spindle drive draws about 1.3 A; cutting, 10–22 A.
    expect(mean(night)).toBeLessThan(2);
    expect(mean(morning)).toBeGreaterThan(8);
    expect(mean(sunday)).toBeLessThan(2);
    expect(mean(festival)).toBeLessThan(2);
    const speed = telemetry.generateTelemetry(
      'L1-CNC01.spindleSpeed',
      local('2026-11-25', 0),
      local('2026-11-26', 0),
    );
    const current = telemetry.generateTelemetry(id, local('2026-11-25', 0), local('2026-11-26', 0));
    const ms = mean(speed.values);
    const mc = mean(current.values);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < speed.values.length; i += 1) {
      const x = speed.values[i]! - ms;
      const y = current.values[i]! - mc;
      sxy += x * y;
      sxx += x * x;
      syy += y * y;
    }
    expect(sxy / Math.sqrt(sxx * syy)).toBeGreaterThan(0.6);
  });

  it('keeps fault-free tags inside their normal range ≥ 95% of a working day', () => {
    const faulty = new Set(telemetry.faults().map((f) => f.tag));
    const from = local('2026-11-26', 0);
    for (const tag of telemetry.tags) {
      if (faulty.has(tag.id)) continue;
      const { values } = telemetry.generateTelemetry(tag.id, from, from + DAY, { stepMs: 10_000 });
      const inside = values.filter((v) => v >= tag.normalMin && v <= tag.normalMax).length;
      expect(`${tag.id} ${inside / values.length >= 0.95}`).toBe(`${tag.id} true`);
    }
  });

  it('checks its arguments', () => {
    expect(() => telemetry.generateTelemetry('nope', 0, 1)).toThrow(/tagId "nope"/);
    const id = 'L1-CNC01.vibration';
    expect(() => telemetry.generateTelemetry(id, telemetry.endMs, telemetry.startMs)).toThrow(/toMs/);
    expect(() => telemetry.generateTelemetry(id, 0, 1000)).toThrow(/fromMs/);
    expect(() =>
      telemetry.generateTelemetry(id, telemetry.startMs, telemetry.endMs, { stepMs: 1500 }),
    ).toThrow(/options.stepMs/);
    expect(() => telemetry.generateTelemetry(id, telemetry.startMs, telemetry.startMs + 60 * DAY)).toThrow(
      /chunks/,
    );
    expect(() => createDemoTelemetry({ days: 0 })).toThrow(/options.days/);
    expect(() =>
      telemetry.generateTelemetry(id, telemetry.startMs, telemetry.startMs + 500 * DAY, { stepMs: DAY }),
    ).toThrow(/400 days/);
    expect(telemetry.generateTelemetry(id, telemetry.startMs, telemetry.startMs).values.length).toBe(0);
  });
});
