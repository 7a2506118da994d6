/** Adds tags that telemetry brings and the store does not know yet, with their machines under a default plant and line. */
import type { SqlSession } from './database.ts';

/** Where machines nobody described are filed: one plant and line per way the data arrived. */
const ROOTS = {
  imported: {
    plant: 'imported',
    line: 'imported/line',
    names: ['导入设备', 'Imported equipment', '导入产线', 'Imported line'],
  },
  ingested: {
    plant: 'ingested',
    line: 'ingested/line',
    names: ['接入设备', 'Ingested equipment', '接入产线', 'Ingested line'],
  },
} as const;

export type TagSource = keyof typeof ROOTS;

/** A table (usually a staging table) and the names of its tag id, machine id, tag name and unit columns. */
export interface TagColumns {
  readonly table: string;
  readonly id: string;
  readonly machine: string;
  readonly name: string;
  readonly unit: string;
}

/** Inserts the plant, line, machines and tags of `columns.table` that are missing; runs in the caller's transaction. */
export async function registerTags(
  session: SqlSession,
  source: TagSource,
  columns: TagColumns,
): Promise<void> {
  const { plant, line, names } = ROOTS[source];
  const [plantName, plantNameEn, lineName, lineNameEn] = names;
  await session.run(
    'INSERT INTO plants SELECT ?, ?, ?, false WHERE NOT EXISTS (SELECT 1 FROM plants WHERE id = ?)',
    [plant, plantName, plantNameEn, plant],
  );
  await session.run(
    'INSERT INTO lines SELECT ?, ?, ?, ?, false WHERE NOT EXISTS (SELECT 1 FROM lines WHERE id = ?)',
    [line, plant, lineName, lineNameEn, line],
  );
  const { table, id, machine, name, unit } = columns;
  await session.run(
    `INSERT INTO machines SELECT DISTINCT ${machine}, ?, ${machine}, ${machine}, ?, false FROM ${table}
     WHERE ${machine} NOT IN (SELECT id FROM machines)`,
    [line, source],
  );
  await session.run(
    `INSERT INTO tags SELECT ${id}, any_value(${machine}), any_value(${name}), any_value(${unit}), false FROM ${table}
     WHERE ${id} NOT IN (SELECT id FROM tags) GROUP BY ${id}`,
  );
}
