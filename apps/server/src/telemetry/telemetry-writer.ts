/** Writes one batch of points to the telemetry table in one transaction (new tags included). */
import type { Database } from '../storage/database.ts';
import type { TagRegistry } from './tag-registry.ts';
import type { TelemetryPoint } from './telemetry-point.ts';

/** Stores a batch: creates unknown tags, bulk-appends the points; all or nothing. */
export async function writeBatch(
  database: Database,
  registry: TagRegistry,
  points: readonly TelemetryPoint[],
): Promise<void> {
  const count = points.length;
  const tagIds: string[] = new Array(count);
  const times = new Float64Array(count);
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const point = points[i]!;
    tagIds[i] = point.tagId;
    times[i] = point.ts;
    values[i] = point.value;
  }
  const newTags = registry.unknownTags(points);
  await database.transaction(async (session) => {
    await registry.create(session, newTags);
    // TIMESTAMP_MS cannot be appended directly through the port; a temp table of epoch ms converts in SQL.
    await session.run(
      'CREATE TEMP TABLE IF NOT EXISTS ingest_staging (tag_id VARCHAR, epoch_ms DOUBLE, value DOUBLE)',
    );
    await session.append('ingest_staging', [
      { type: 'varchar', values: tagIds },
      { type: 'double', values: times },
      { type: 'double', values: values },
    ]);
    await session.run(
      'INSERT INTO telemetry SELECT tag_id, epoch_ms(epoch_ms::BIGINT), value FROM ingest_staging',
    );
    await session.run('DELETE FROM ingest_staging');
  });
  registry.remember(newTags);
}
