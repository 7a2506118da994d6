/** Which tags the store knows, and which machine each belongs to; unknown tags are created on first sight. */
import type { SqlSession } from '../storage/database.ts';
import { registerTags } from '../storage/register-tags.ts';
import type { TelemetryPoint } from './telemetry-point.ts';

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
    await registerTags(session, 'ingested', {
      table: 'new_tags',
      id: 'id',
      machine: 'machine_id',
      name: 'name',
      unit: 'unit',
    });
    await session.run('DELETE FROM new_tags');
  }

  /** Records tags after their transaction committed. */
  remember(tags: readonly NewTag[]): void {
    for (const tag of tags) this.machineByTag.set(tag.id, tag.machineId);
  }
}
