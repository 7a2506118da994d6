/** Latest value of every tag of one machine. */
import type { Database } from '../storage/database.ts';

/** A tag's latest stored value (null when it has none). */
export interface LatestRow {
  tag: string;
  name: string;
  unit: string;
  ts: number | null;
  value: number | null;
}

/** Latest value per tag of `machine`, from the store (`max_by` over the tag's points). */
export async function readLatest(database: Database, machine: string): Promise<LatestRow[]> {
  return database.query<LatestRow>(
    `SELECT t.id AS tag, t.name, t.unit, epoch_ms(l.ts) AS ts, l.value
     FROM tags t LEFT JOIN (
       SELECT tag_id, max(ts) AS ts, max_by(value, ts) AS value FROM telemetry
       WHERE tag_id IN (SELECT id FROM tags WHERE machine_id = ?) GROUP BY tag_id
     ) l ON l.tag_id = t.id
     WHERE t.machine_id = ? ORDER BY t.id`,
    [machine, machine],
  );
}
