/** Inventory benchmark report: totals per policy, the side-by-side table and the min/max frontier at equal fill. */
import type { SimulationResult } from '@zhizao/inventory';
import type { Method } from './inventory-policy.ts';

/** Sums over SKUs of one policy's simulation. */
export interface Totals {
  demand: number;
  filled: number;
  skuFillSum: number;
  skusWithDemand: number;
  inventoryValue: number;
  holdingCost: number;
  orderingCost: number;
  orders: number;
  /** Weeks that ended with unmet demand, summed over SKUs. */
  stockoutWeeks: number;
  /** Mean over re-plans of the portfolio fill rate the policy expected (NaN for min/max). */
  expectedFill: number;
}

/** Zeroed totals. */
export const emptyTotals = (): Totals => ({
  demand: 0,
  filled: 0,
  skuFillSum: 0,
  skusWithDemand: 0,
  inventoryValue: 0,
  holdingCost: 0,
  orderingCost: 0,
  orders: 0,
  stockoutWeeks: 0,
  expectedFill: Number.NaN,
});

/** Adds one SKU's simulation (with its evaluated demand) to the totals. */
export function add(totals: Totals, result: SimulationResult, demand: number): void {
  totals.demand += demand;
  totals.filled += result.fillRate * demand;
  if (demand > 0) {
    totals.skusWithDemand += 1;
    totals.skuFillSum += result.fillRate;
  }
  totals.inventoryValue += result.averageInventoryValue;
  totals.holdingCost += result.holdingCost;
  totals.orderingCost += result.orderingCost;
  totals.orders += result.ordersPlaced;
  totals.stockoutWeeks += Math.round((1 - result.cycleServiceLevel) * result.periods);
}

/** One row of a table: the policy, its totals, its CPU seconds. */
export type Row = readonly [Method, Totals, number];

const unitFill = (t: Totals): number => t.filled / t.demand;
const meanSkuFill = (t: Totals): number => t.skuFillSum / t.skusWithDemand;

/** Inventory the min/max rule needs for a given fill (linear interpolation between its runs), if inside them. */
export function frontierInventory(
  rows: readonly Row[],
  fill: (t: Totals) => number,
  goal: number,
): number | undefined {
  const points = rows
    .filter(([m]) => m.model === 'min-max')
    .map(([, t]) => [fill(t), t.inventoryValue] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < points.length; i += 1) {
    const [f0, v0] = points[i - 1] as readonly [number, number];
    const [f1, v1] = points[i] as readonly [number, number];
    if (goal >= f0 && goal <= f1 && f1 > f0) return v0 + ((v1 - v0) * (goal - f0)) / (f1 - f0);
  }
  return undefined;
}

const money = (value: number): string => `${(value / 1e6).toFixed(3)}M`;

/** Prints the policies side by side, then each non-min/max policy against the min/max frontier at its fill. */
export function printTable(title: string, rows: readonly Row[], baselineName: string): void {
  const baseline = rows.find(([m]) => m.name === baselineName)?.[1].inventoryValue ?? 1;
  console.log(`\n${title}`);
  console.log(
    'policy                          fill units  planned  fill/SKU  avg inv value  vs (a)   holding  ordering     total  orders  stock-out wks  cpu s',
  );
  for (const [method, t, seconds] of rows) {
    console.log(
      [
        method.name.padEnd(31),
        unitFill(t).toFixed(4).padStart(10),
        (Number.isNaN(t.expectedFill) ? '-' : t.expectedFill.toFixed(4)).padStart(8),
        meanSkuFill(t).toFixed(4).padStart(9),
        money(t.inventoryValue).padStart(14),
        `${((100 * (t.inventoryValue - baseline)) / baseline).toFixed(1)}%`.padStart(7),
        money(t.holdingCost).padStart(9),
        money(t.orderingCost).padStart(9),
        money(t.holdingCost + t.orderingCost).padStart(9),
        String(t.orders).padStart(7),
        String(t.stockoutWeeks).padStart(14),
        seconds.toFixed(1).padStart(6),
      ].join(' '),
    );
  }
  const measures: [string, (t: Totals) => number][] = [
    ['fill by units', unitFill],
    ['mean fill per SKU', meanSkuFill],
  ];
  for (const [method, totals] of rows.filter(([m]) => m.model !== 'min-max')) {
    for (const [label, fill] of measures) {
      const goal = fill(totals);
      const needed = frontierInventory(rows, fill, goal);
      const text =
        needed === undefined
          ? 'outside the min/max runs'
          : `min/max needs ${money(needed)}; ${method.name} holds ${money(totals.inventoryValue)} (${((100 * (totals.inventoryValue - needed)) / needed).toFixed(1)}%)`;
      console.log(`  equal ${label} ${goal.toFixed(4)}: ${text}`);
    }
  }
}

/** Demand classes by the share of weeks with demand before the simulation (known at planning time). */
export const CLASSES = ['slow (<15% weeks)', 'medium (15-50%)', 'fast (>=50%)'] as const;

/** Class index of a SKU from its share of weeks with demand. */
export function classOf(share: number): number {
  return share < 0.15 ? 0 : share < 0.5 ? 1 : 2;
}

/** Per-class sums of one policy: demand, filled units, average inventory value, planned cycle and safety value. */
export interface ClassTotals {
  readonly demand: Float64Array;
  readonly filled: Float64Array;
  readonly value: Float64Array;
  readonly cycle: Float64Array;
  readonly safety: Float64Array;
}

/** Zeroed class totals. */
export function emptyClassTotals(): ClassTotals {
  const zeros = () => new Float64Array(CLASSES.length);
  return { demand: zeros(), filled: zeros(), value: zeros(), cycle: zeros(), safety: zeros() };
}

/** Prints where each policy's inventory value goes, by demand class. */
export function printBreakdown(
  rows: readonly (readonly [string, ClassTotals])[],
  skusPerClass: readonly number[],
): void {
  console.log(
    '\nWhere the inventory goes (established SKUs): per demand class, unit fill / average inventory value / planned cycle stock Q/2 / planned safety stock r+1-L*rate (value, EUR)',
  );
  console.log(
    `policy                          ${CLASSES.map((c, k) => `${c} [${skusPerClass[k]} SKUs]`.padEnd(40)).join(' ')}`,
  );
  for (const [name, t] of rows) {
    const cells = CLASSES.map((_, k) =>
      [
        ((t.filled[k] as number) / (t.demand[k] as number)).toFixed(3),
        money(t.value[k] as number),
        money(t.cycle[k] as number),
        money(t.safety[k] as number),
      ]
        .join(' / ')
        .padEnd(40),
    );
    console.log(`${name.padEnd(31)} ${cells.join(' ')}`);
  }
}
