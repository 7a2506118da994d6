import { describe, expect, it } from 'vitest';
import { demoPlant, simulatedTags } from './plant.ts';

describe('demoPlant', () => {
  const plant = demoPlant();
  const machines = plant.lines.flatMap((l) => l.machines);

  it('has one plant, 4–5 lines and at least 20 machines with 3–6 tags each', () => {
    expect(plant.lines.length).toBeGreaterThanOrEqual(4);
    expect(plant.lines.length).toBeLessThanOrEqual(5);
    expect(machines.length).toBeGreaterThanOrEqual(20);
    for (const m of machines) {
      expect(m.tags.length).toBeGreaterThanOrEqual(3);
      expect(m.tags.length).toBeLessThanOrEqual(6);
      expect(/[\u4e00-\u9fff]/.test(m.name)).toBe(true);
      expect(m.nameEn.length).toBeGreaterThan(3);
    }
    expect(new Set(machines.map((m) => m.type))).toEqual(
      new Set(['CNC', 'VMC', 'HMC', 'GRD', 'IMM', 'HTF', 'OVN', 'PTB', 'HTP', 'AC', 'CWP', 'CH']),
    );
  });

  it('gives every tag a unique id, a unit and a sensible normal range', () => {
    const tags = machines.flatMap((m) => m.tags);
    expect(new Set(tags.map((t) => t.id)).size).toBe(tags.length);
    expect(simulatedTags().map((t) => t.info.id)).toEqual(tags.map((t) => t.id));
    for (const t of tags) {
      expect(t.id.startsWith(`${t.machineId}.`)).toBe(true);
      expect(t.unit.length).toBeGreaterThan(0);
      expect(t.normalMax).toBeGreaterThan(t.normalMin);
    }
    const vibration = tags.find((t) => t.id === 'L1-CNC01.vibration')!;
    expect([vibration.unit, vibration.normalMin, vibration.normalMax]).toEqual(['mm/s', 0, 2.8]);
    expect(new Set(tags.map((t) => t.kind))).toEqual(
      new Set(['temperature', 'vibration', 'current', 'pressure', 'speed', 'flow']),
    );
  });
});
