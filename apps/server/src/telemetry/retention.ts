/** Telemetry retention: a setting (days) and the delete that enforces it. */
import type { Database } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';

const RETENTION_KEY = 'telemetry.retentionDays';
const DAY_MS = 86_400_000;

/** Days of telemetry to keep; null keeps everything. */
export async function readRetentionDays(database: Database): Promise<number | null> {
  const raw = await readSetting(database, RETENTION_KEY);
  return raw === undefined || raw === '' ? null : Number(raw);
}

export async function writeRetentionDays(database: Database, days: number | null): Promise<void> {
  await writeSetting(database, RETENTION_KEY, days === null ? '' : String(days));
}

/** Deletes points older than the retention; returns how many. */
export async function enforceRetention(database: Database, now: number): Promise<number> {
  const days = await readRetentionDays(database);
  if (days === null) return 0;
  const cutoff = now - days * DAY_MS;
  return database.transaction(async (session) => {
    const rows = await session.query<{ n: number }>(
      'SELECT count(*)::DOUBLE AS n FROM telemetry WHERE ts < epoch_ms(?::BIGINT)',
      [cutoff],
    );
    await session.run('DELETE FROM telemetry WHERE ts < epoch_ms(?::BIGINT)', [cutoff]);
    return rows[0]?.n ?? 0;
  });
}
