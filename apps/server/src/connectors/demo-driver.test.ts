import { createDemoTelemetry } from '@zhizao/demo';
import { describe, expect, it } from 'vitest';
import { openDuckDb } from '../storage/duckdb-database.ts';
import { migrate } from '../storage/schema.ts';
import type { TelemetryPoint } from '../telemetry/telemetry-point.ts';
import { DemoDriver } from './demo-driver.ts';

describe('demo connector', () => {
  it('streams live values of the stored demo tags, continuing the seeded history', async () => {
    const database = await openDuckDb(':memory:');
    await migrate(database);
    const startMs = Date.UTC(2026, 10, 20);
    const simulation = createDemoTelemetry({ startMs, days: 7 });
    const tag = simulation.tags[0]!;
    await database.run('INSERT INTO tags VALUES (?, ?, ?, ?, true)', [
      tag.id,
      tag.machineId,
      tag.name,
      tag.unit,
    ]);
    await database.run('INSERT INTO telemetry VALUES (?, epoch_ms(?::BIGINT), 0)', [tag.id, startMs]);
    const received: TelemetryPoint[] = [];
    let now = startMs + 3 * 86_400_000 + 500;
    const driver = new DemoDriver(database, { kind: 'demo', intervalMs: 100 });
    const done = new Promise<void>((resolve, reject) => {
      void driver.start({
        ingest: async (points) => {
          received.push(...points);
          now += 1000;
          if (received.length >= 2) resolve();
        },
        malformed: () => {},
        connected: () => {},
        failed: reject,
        now: () => now,
        log: { info: () => {}, warn: () => {}, error: () => {} },
      });
    });
    await done;
    await driver.stop();
    await database.close();
    const first = received[0]!;
    expect(first.tagId).toBe(tag.id);
    expect(first.ts).toBe(startMs + 3 * 86_400_000);
    expect(first.value).toBe(simulation.liveValue(tag.id, first.ts));
    expect(received[1]!.ts).toBe(first.ts + 1000);
  });
});
