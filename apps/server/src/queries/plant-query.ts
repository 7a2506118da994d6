/** Assembles the plant tree from its four tables. */
import type { PlantTree } from '@zhizao/contract';
import type { Database } from '../storage/database.ts';

type Plant = PlantTree['plants'][number];
type Line = Plant['lines'][number];
type Machine = Line['machines'][number];

export async function readPlantTree(database: Database): Promise<PlantTree> {
  const plants = await database.query<{ id: string; name: string; name_en: string }>(
    'SELECT id, name, name_en FROM plants ORDER BY id',
  );
  const lines = await database.query<{ id: string; plant_id: string; name: string; name_en: string }>(
    'SELECT id, plant_id, name, name_en FROM lines ORDER BY id',
  );
  const machines = await database.query<{
    id: string;
    line_id: string;
    name: string;
    name_en: string;
    kind: string;
  }>('SELECT id, line_id, name, name_en, kind FROM machines ORDER BY id');
  const tags = await database.query<{ id: string; machine_id: string; name: string; unit: string }>(
    'SELECT id, machine_id, name, unit FROM tags ORDER BY id',
  );
  const machineById = new Map<string, Machine>();
  const machinesByLine = new Map<string, Machine[]>();
  for (const row of machines) {
    const machine: Machine = { id: row.id, name: row.name, nameEn: row.name_en, kind: row.kind, tags: [] };
    machineById.set(row.id, machine);
    machinesByLine.set(row.line_id, [...(machinesByLine.get(row.line_id) ?? []), machine]);
  }
  for (const tag of tags)
    machineById.get(tag.machine_id)?.tags.push({ id: tag.id, name: tag.name, unit: tag.unit });
  const linesByPlant = new Map<string, Line[]>();
  for (const row of lines) {
    const line: Line = {
      id: row.id,
      name: row.name,
      nameEn: row.name_en,
      machines: machinesByLine.get(row.id) ?? [],
    };
    linesByPlant.set(row.plant_id, [...(linesByPlant.get(row.plant_id) ?? []), line]);
  }
  return {
    plants: plants.map((row) => ({
      id: row.id,
      name: row.name,
      nameEn: row.name_en,
      lines: linesByPlant.get(row.id) ?? [],
    })),
  };
}
