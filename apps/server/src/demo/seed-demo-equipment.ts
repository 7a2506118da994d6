/** Writes the demo plant's asset tree, its labelled faults and its 1 Hz telemetry history. */
import { createDemoTelemetry, type DemoTelemetry } from '@zhizao/demo';
import type { Database, SqlSession } from '../storage/database.ts';

export interface EquipmentSeedOptions {
  readonly fromMs: number;
  readonly toMs: number;
  readonly isCancelled: () => boolean;
  readonly onProgress: (fraction: number) => void;
}

const DAY_MS = 86_400_000;
const SECOND_MS = 1000;

export async function seedDemoEquipment(database: Database, options: EquipmentSeedOptions): Promise<void> {
  const fromMs = Math.floor(options.fromMs / SECOND_MS) * SECOND_MS;
  const toMs = Math.floor(options.toMs / SECOND_MS) * SECOND_MS;
  const telemetry = createDemoTelemetry({
    startMs: fromMs,
    days: Math.max(1, Math.ceil((toMs - fromMs) / DAY_MS)),
  });
  await database.transaction((session) => writeTree(session, telemetry, { fromMs, toMs }));
  await database.run(
    'CREATE OR REPLACE TEMP TABLE demo_telemetry_staging (epoch_ms DOUBLE NOT NULL, value DOUBLE NOT NULL)',
  );
  const tags = telemetry.tags;
  for (const [index, tag] of tags.entries()) {
    if (options.isCancelled()) break;
    await database.transaction(async (session) => {
      for (const series of telemetry.telemetryChunks(tag.id, fromMs, toMs)) {
        const epochs = new Float64Array(series.values.length);
        for (let k = 0; k < epochs.length; k++) epochs[k] = series.startMs + k * series.stepMs;
        await session.append('demo_telemetry_staging', [
          { type: 'double', values: epochs },
          { type: 'double', values: series.values },
        ]);
      }
      await session.run(
        'INSERT INTO telemetry SELECT ?, epoch_ms(epoch_ms::BIGINT), value FROM demo_telemetry_staging',
        [tag.id],
      );
      await session.run('DELETE FROM demo_telemetry_staging');
    });
    options.onProgress((index + 1) / tags.length);
  }
  await database.run('DROP TABLE IF EXISTS demo_telemetry_staging');
}

async function writeTree(
  session: SqlSession,
  telemetry: DemoTelemetry,
  window: { fromMs: number; toMs: number },
): Promise<void> {
  const { plant } = telemetry;
  await session.run('INSERT INTO plants VALUES (?, ?, ?, true)', [plant.id, plant.name, plant.nameEn]);
  for (const line of plant.lines) {
    await session.run('INSERT INTO lines VALUES (?, ?, ?, ?, true)', [
      line.id,
      plant.id,
      line.name,
      line.nameEn,
    ]);
    for (const machine of line.machines) {
      await session.run('INSERT INTO machines VALUES (?, ?, ?, ?, ?, true)', [
        machine.id,
        line.id,
        machine.name,
        machine.nameEn,
        machine.type,
      ]);
      for (const tag of machine.tags) {
        await session.run('INSERT INTO tags VALUES (?, ?, ?, ?, true)', [
          tag.id,
          machine.id,
          tag.name,
          tag.unit,
        ]);
      }
    }
  }
  for (const fault of telemetry.faults()) {
    if (fault.endMs <= window.fromMs || fault.startMs >= window.toMs) continue;
    await session.run('INSERT INTO faults VALUES (?, ?, ?, epoch_ms(?::BIGINT), epoch_ms(?::BIGINT), ?)', [
      fault.machine,
      fault.tag,
      fault.kind,
      fault.startMs,
      fault.endMs,
      fault.description,
    ]);
  }
}
