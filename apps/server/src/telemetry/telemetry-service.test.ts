import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import type { TelemetryPoint } from './telemetry-point.ts';
import { createTelemetryTestApp } from './telemetry-test-app.ts';

const T0 = Date.UTC(2026, 0, 1);

/** 400 noisy points of one tag in batches of 40, with a spike at point 300. */
function stream(): TelemetryPoint[][] {
  const random = seededRandom(7);
  const batches: TelemetryPoint[][] = [];
  for (let start = 0; start < 400; start += 40) {
    batches.push(
      Array.from({ length: 40 }, (_, k) => ({
        tagId: 'oven/temp',
        ts: T0 + (start + k) * 1000,
        value: 180 + random.normal() + (start + k === 300 ? 30 : 0),
      })),
    );
  }
  return batches;
}

/** Ingests the stream with an anomaly rule; returns the open alarms' values and the latest score. */
async function run(
  scoringThread: boolean,
): Promise<{ values: (number | null)[]; latest: number | undefined }> {
  const test = await createTelemetryTestApp({ service: { detectors: ['robust-z'], scoringThread } });
  try {
    await test.service.alarms.saveRule({
      name: 'oven anomaly',
      tag: 'oven/temp',
      severity: 'warning',
      condition: { kind: 'anomaly', minScore: 0.99 },
      minDurationSeconds: 0,
      enabled: true,
    });
    // Concurrent batches, as several devices send them: they are committed and scored in order.
    await Promise.all(stream().map((batch) => test.service.ingest(batch)));
    await test.service.flush();
    const alarms = await test.service.alarms.list({ state: 'all', limit: 10 });
    return {
      values: alarms.map((alarm) => alarm.value),
      latest: test.service.scorer?.latestOf('oven/temp')?.score,
    };
  } finally {
    await test.close();
  }
}

describe('telemetry service scoring', () => {
  it('raises the same anomaly alarm from the scoring thread as from inline scoring', async () => {
    const inline = await run(false);
    const threaded = await run(true);
    expect(inline.values.length).toBeGreaterThanOrEqual(1);
    expect(inline.values.every((value) => value !== null && value >= 0.99)).toBe(true);
    expect(threaded).toEqual(inline);
    expect(threaded.latest).toBeTypeOf('number');
  }, 30_000);
});
