/** Which tags the store knows, and which machine each belongs to; unknown tags are created on first sight. */
import type { SqlSession } from '../storage/database.ts';
import type { TelemetryPoint } from './telemetry-point.ts';

/** Plant and line that hold machines created by ingestion. */
export const INGESTED_PLANT = 'ingested';
export const INGESTED_LINE = 'ingested/line';
/** Machine for tags that name none. */
export const INGESTED_MACHINE = 'ingested';

/** A tag to create. */
export interface NewTag {
  readonly id: string;
  readonly machineId: string;
  readonly name: string;
  readonly unit: string;
}

/** Machine of a new tag: the point's machine, else the prefix of a "machine/tag" id, else "ingested". */
export function machineOfNewTag(point: TelemetryPoint): string {
  if (point.machineId !== undefined && point.machineId.length > 0) return point.machineId;
  const slash = point.tagId.lastIndexOf('/');
  return slash > 0 ? point.tagId.slice(0, slash) : INGESTED_MACHINE;
}

/** In-memory map tag → machine, loaded once and kept in step with the tags table. */
export class TagRegistry {
  private readonly machineByTag = new Map<string, string>();

  /** Loads every known tag. */
  async load(session: SqlSession): Promise<void> {
    const rows = await session.query<{ id: string; machine_id: string }>('SELECT id, machine_id FROM tags');
    this.machineByTag.clear();
    for (const row of rows) this.machineByTag.set(row.id, row.machine_id);
  }

  /** Machine of a known tag. */
  machineOf(tagId: string): string | undefined {
    return this.machineByTag.get(tagId);
  }

  /** Number of known tags. */
  get size(): number {
    return this.machineByTag.size;
  }

  /** Tags of a batch not yet in the store (each once). */
  unknownTags(points: readonly TelemetryPoint[]): NewTag[] {
    const found = new Map<string, NewTag>();
    for (const point of points) {
      if (this.machineByTag.has(point.tagId) || found.has(point.tagId)) continue;
      const machineId = machineOfNewTag(point);
      const name = point.tagId.startsWith(`${machineId}/`)
        ? point.tagId.slice(machineId.length + 1)
        : point.tagId;
      found.set(point.tagId, { id: point.tagId, machineId, name, unit: point.unit ?? '' });
    }
    return [...found.values()];
  }

  /** Inserts new tags (and their machines under "Ingested" when unknown) in the caller's transaction. */
  async create(session: SqlSession, tags: readonly NewTag[]): Promise<void> {
    if (tags.length === 0) return;
    await session.run(
      `INSERT INTO plants SELECT ?, '接入设备', 'Ingested equipment', false WHERE NOT EXISTS (SELECT 1 FROM plants WHERE id = ?)`,
      [INGESTED_PLANT, INGESTED_PLANT],
    );
    await session.run(
      `INSERT INTO lines SELECT ?, ?, '接入产线', 'Ingested line', false WHERE NOT EXISTS (SELECT 1 FROM lines WHERE id = ?)`,
      [INGESTED_LINE, INGESTED_PLANT, INGESTED_LINE],
    );
    // One bulk statement per table: a first batch can bring thousands of new tags.
    await session.run(
      'CREATE TEMP TABLE IF NOT EXISTS new_tags (id VARCHAR, machine_id VARCHAR, name VARCHAR, unit VARCHAR)',
    );
    await session.append('new_tags', [
      { type: 'varchar', values: tags.map((tag) => tag.id) },
      { type: 'varchar', values: tags.map((tag) => tag.machineId) },
      { type: 'varchar', values: tags.map((tag) => tag.name) },
      { type: 'varchar', values: tags.map((tag) => tag.unit) },
    ]);
    await session.run(
      `INSERT INTO machines SELECT DISTINCT machine_id, ?, machine_id, machine_id, 'ingested', false FROM new_tags
       WHERE machine_id NOT IN (SELECT id FROM machines)`,
      [INGESTED_LINE],
    );
    await session.run(
      `INSERT INTO tags SELECT id, any_value(machine_id), any_value(name), any_value(unit), false FROM new_tags
       WHERE id NOT IN (SELECT id FROM tags) GROUP BY id`,
    );
    await session.run('DELETE FROM new_tags');
  }

  /** Records tags after their transaction committed. */
  remember(tags: readonly NewTag[]): void {
    for (const tag of tags) this.machineByTag.set(tag.id, tag.machineId);
  }
}
