/** Inventory benchmark data: the 3,451 real manufacturing SKUs and generated SKUs for the speed test. */
import { readFileSync } from 'node:fs';
import type { Random } from '@zhizao/core';
import { sharedDataPath } from './shared-data.ts';

/** One SKU with its real cost and ordering attributes and weekly demand. */
export interface Sku {
  readonly id: string;
  readonly packSize: number;
  readonly unitCost: number;
  readonly orderCost: number;
  /** Holding cost per unit per year. */
  readonly holdingPerYear: number;
  readonly leadTime: number;
  readonly moq: number;
  readonly demand: Float64Array;
}

/** Reads the first `limit` SKUs of manufacturing_3451_weekly.csv. */
export function readSkus(limit: number): Sku[] {
  const text = readFileSync(
    sharedDataPath('forecast', 'intermittent', 'manufacturing_3451_weekly.csv'),
    'utf8',
  );
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.replaceAll('"', ''));
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`column ${name} missing in manufacturing_3451_weekly.csv`);
    return index;
  };
  const first = header.findIndex((h) => /^y\d{4}_w\d{2}$/.test(h));
  return lines.slice(1, limit + 1).map((line) => {
    const cells = line.split(',');
    const num = (name: string): number => Number(cells[column(name)]);
    return {
      id: (cells[column('sku')] ?? '').replaceAll('"', ''),
      packSize: num('units_per_pack'),
      unitCost: num('cost_price_eur'),
      orderCost: num('fixed_order_cost_eur'),
      holdingPerYear: num('holding_cost_eur_per_unit_year'),
      leadTime: num('lead_time_weeks'),
      moq: num('moq_units'),
      demand: Float64Array.from(cells.slice(first), (c) => Number(c) || 0),
    };
  });
}

/** `count` generated intermittent SKUs of `weeks` weeks with attributes in the data's ranges. */
export function generateSkus(count: number, weeks: number, random: Random): Sku[] {
  const skus: Sku[] = [];
  for (let k = 0; k < count; k += 1) {
    const occurrence = 0.03 + 0.5 * random.next();
    const size = 1 + 60 * random.next();
    const demand = new Float64Array(weeks);
    for (let t = 0; t < weeks; t += 1) demand[t] = random.next() < occurrence ? 1 + random.poisson(size) : 0;
    const unitCost = 1 + 50 * random.next();
    skus.push({
      id: String(k),
      packSize: random.pick([1, 1, 5, 10]),
      unitCost,
      orderCost: 5,
      holdingPerYear: 0.2 * unitCost,
      leadTime: random.pick([7, 16]),
      moq: random.pick([0, 10, 50]),
      demand,
    });
  }
  return skus;
}
