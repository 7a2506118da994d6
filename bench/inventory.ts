/** Inventory benchmark: rolling 95%-fill-rate replanning on 3,451 real manufacturing SKUs, plus replan speed. */
import { type Random, seededRandom } from '@zhizao/core';
import { type PolicySchedule, type SimulationResult, simulateSchedule } from '@zhizao/inventory';
import { generateSkus, readSkus, type Sku } from './inventory-data.ts';
import {
  BOOTSTRAP_DRAWS,
  forecastRates,
  type Method,
  planWeek,
  type RateMethod,
  TARGET,
} from './inventory-policy.ts';
import {
  add,
  type ClassTotals,
  classOf,
  emptyClassTotals,
  emptyTotals,
  printBreakdown,
  printTable,
  type Row,
} from './inventory-report.ts';

const BASELINE = 'min/max 50% (a)';
/**
 * The policies compared; ours is the first. Its rate forecast, the mean of the engine's Mean and TSB, was
 * chosen on `--validate` over Mean alone and TSB alone (SBA over-forecast young and slow SKUs badly).
 */
const METHODS: readonly Method[] = [
  { name: 'ours: portfolio 95%', model: 'bootstrap', allocation: 'portfolio', rate: 'mean-tsb' },
  { name: 'ours with Mean rate', model: 'bootstrap', allocation: 'portfolio', rate: 'mean' },
  { name: 'ours with TSB rate', model: 'bootstrap', allocation: 'portfolio', rate: 'tsb' },
  { name: 'ours, each SKU 95%', model: 'bootstrap', allocation: 'per-sku', rate: 'mean-tsb' },
  { name: '(b) point+normal, portfolio', model: 'normal-point', allocation: 'portfolio', rate: 'mean-tsb' },
  { name: '(b) point+normal, each SKU', model: 'normal-point', allocation: 'per-sku', rate: 'mean-tsb' },
  { name: BASELINE, model: 'min-max', safety: 0.5 },
  // The same rule with more safety stock traces its fill-rate / inventory frontier for a like-for-like comparison.
  ...[1, 1.5, 2, 3].map((safety) => ({
    name: `min/max ${safety * 100}%`,
    model: 'min-max' as const,
    safety,
  })),
];
const EVALUATION_WEEKS = 52;
/** Evaluation weeks of the validation run (the 26 weeks before the held-out test year). */
const VALIDATION_WEEKS = 26;
const WARMUP_WEEKS = 26;

function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/**
 * Simulates one SKU from week `start` under its weekly re-planned schedule (the first `schedule` length
 * weeks), counting the statistics after `warmup` weeks; returns the result and the demand counted.
 */
function simulateSku(
  sku: Sku,
  start: number,
  options: { schedule: PolicySchedule; warmup: number },
): { result: SimulationResult; demand: number } {
  const { schedule, warmup } = options;
  const demand = sku.demand.subarray(start, start + schedule.reorderPoint.length);
  // Start with the first policy's full cycle stock; a SKU without demand history yet starts empty.
  const introduced = sku.demand.subarray(0, start).some((v) => v > 0);
  const first =
    schedule.kind === 'order-up-to'
      ? (schedule.target[0] as number)
      : (schedule.reorderPoint[0] as number) + (schedule.target[0] as number);
  const result = simulateSchedule(demand, schedule, {
    leadTime: sku.leadTime,
    mode: 'backorder',
    holding: sku.holdingPerYear / 52,
    fixed: sku.orderCost,
    unitCost: sku.unitCost,
    warmup,
    initialInventory: introduced ? Math.max(0, first) : 0,
  });
  let counted = 0;
  for (let t = warmup; t < demand.length; t += 1) counted += demand[t] as number;
  return { result, demand: counted };
}

/** Runs one policy over every SKU: weekly re-plans over the warm-up and evaluation weeks, then the simulation. */
function runMethod(
  skus: readonly Sku[],
  method: Method,
  options: { rates: readonly Float64Array[]; evaluation: number },
) {
  const { rates, evaluation } = options;
  const weeks = skus[0]?.demand.length ?? 0;
  const start = weeks - evaluation - WARMUP_WEEKS;
  const horizon = weeks - start;
  const randoms: Random[] = skus.map((sku) => seededRandom(Number(sku.id) || sku.id.length));
  const reorderPoints = skus.map(() => new Float64Array(horizon));
  const targets = skus.map(() => new Float64Array(horizon));
  let expected = 0;
  const kind = method.model === 'min-max' ? 'order-up-to' : 'multiple-of-q';
  // Planned stock value over the evaluation weeks: cycle stock (Q/2) and safety stock (r + 1 − L × rate).
  const cycle = new Float64Array(skus.length);
  const safety = new Float64Array(skus.length);
  for (let t = 0; t < horizon; t += 1) {
    const week = rates[t] as Float64Array;
    const plan = planWeek(skus, start + t, { method, randoms, rates: week });
    skus.forEach((sku, i) => {
      const r = plan.reorderPoint[i] as number;
      const target = plan.target[i] as number;
      (reorderPoints[i] as Float64Array)[t] = r;
      (targets[i] as Float64Array)[t] = target;
      if (t < WARMUP_WEEKS) return;
      const q = method.model === 'min-max' ? target - r - 1 : target;
      cycle[i] = (cycle[i] as number) + (sku.unitCost * q) / 2 / evaluation;
      safety[i] =
        (safety[i] as number) + (sku.unitCost * (r + 1 - sku.leadTime * (week[i] as number))) / evaluation;
    });
    if (t >= WARMUP_WEEKS) expected += plan.expectedFill / evaluation;
  }
  return skus
    .map((sku, i) =>
      simulateSku(sku, start, {
        schedule: {
          kind,
          reorderPoint: reorderPoints[i] as Float64Array,
          target: targets[i] as Float64Array,
        },
        warmup: WARMUP_WEEKS,
      }),
    )
    .map((run, i) => ({ ...run, expected, cycle: cycle[i] as number, safety: safety[i] as number }));
}

function rollingBenchmark(
  skus: readonly Sku[],
  options: { methods: readonly Method[]; evaluation: number },
): void {
  const { evaluation } = options;
  const weeks = skus[0]?.demand.length ?? 0;
  const start = weeks - evaluation - WARMUP_WEEKS;
  // Established: first demand at least WARMUP_WEEKS before the simulation starts (known at planning time).
  const established = skus.map((sku) => {
    const first = sku.demand.findIndex((v) => v > 0);
    return first >= 0 && first < start - WARMUP_WEEKS;
  });
  const classes = skus.map((sku) => {
    const first = sku.demand.findIndex((v) => v > 0);
    let weeksWithDemand = 0;
    for (let t = first; t < start; t += 1) if ((sku.demand[t] as number) > 0) weeksWithDemand += 1;
    return classOf(weeksWithDemand / Math.max(1, start - first));
  });
  const skusPerClass = [0, 1, 2].map(
    (k) => classes.filter((c, i) => c === k && established[i] === true).length,
  );
  const breakdown: [string, ClassTotals][] = [];
  // Forecast rates per rate method, computed once and charged to every policy that uses them.
  const rateCache = new Map<RateMethod, { rates: Float64Array[]; seconds: number }>();
  const ratesOf = (rate: RateMethod) => {
    const cached = rateCache.get(rate);
    if (cached !== undefined) return cached;
    const started = cpuSeconds();
    const rates = Array.from({ length: weeks - start }, (_, t) => forecastRates(skus, start + t, rate));
    const entry = { rates, seconds: cpuSeconds() - started };
    rateCache.set(rate, entry);
    return entry;
  };
  const all: Row[] = [];
  const old: Row[] = [];
  const moving: Row[] = [];
  for (const method of options.methods) {
    const forecast =
      method.model === 'min-max' ? { rates: ratesOf('mean').rates, seconds: 0 } : ratesOf(method.rate);
    const started = cpuSeconds();
    const totals = emptyTotals();
    const oldTotals = emptyTotals();
    const movingTotals = emptyTotals();
    const byClass = emptyClassTotals();
    runMethod(skus, method, { rates: forecast.rates, evaluation }).forEach(
      ({ result, demand, expected, cycle, safety }, i) => {
        add(totals, result, demand);
        totals.expectedFill = expected;
        if (established[i] !== true) return;
        add(oldTotals, result, demand);
        if ((classes[i] as number) > 0) add(movingTotals, result, demand);
        const k = classes[i] as number;
        byClass.demand[k] = (byClass.demand[k] as number) + demand;
        byClass.filled[k] = (byClass.filled[k] as number) + demand * result.fillRate;
        byClass.value[k] = (byClass.value[k] as number) + result.averageInventoryValue;
        byClass.cycle[k] = (byClass.cycle[k] as number) + cycle;
        byClass.safety[k] = (byClass.safety[k] as number) + safety;
      },
    );
    breakdown.push([method.name, byClass]);
    const seconds = cpuSeconds() - started + forecast.seconds;
    all.push([method, totals, seconds]);
    old.push([method, oldTotals, seconds]);
    moving.push([method, movingTotals, seconds]);
  }
  const count = established.filter(Boolean).length;
  console.log(
    `Rolling weekly re-planning over the last ${evaluation} weeks (after ${WARMUP_WEEKS} warm-up weeks), fill-rate target ${TARGET}, backorders.\n` +
      'Ours and (b): (r, nQ), Q = EOQ on the forecast rate raised to the MOQ in whole packs; (a): min/max on the mean since the first demand, max = min + Q.\n' +
      '"planned" = the unit fill the policy expected when it planned, over the SKUs it allocated (portfolio: those with >= 26 weeks since their first demand), mean over the evaluation weeks.',
  );
  printTable(
    `All ${skus.length} SKUs (includes SKUs introduced during the test: demand within L weeks of a first-ever order cannot be served)`,
    all,
    BASELINE,
  );
  printTable(
    `Established SKUs: ${count} with a first demand >= ${WARMUP_WEEKS} weeks before the simulation starts`,
    old,
    BASELINE,
  );
  printTable(
    `Established medium and fast movers: ${(skusPerClass[1] ?? 0) + (skusPerClass[2] ?? 0)} SKUs with demand in >= 15% of weeks before the simulation (most of a slow mover's stock is its MOQ lot, which the policy barely changes)`,
    moving,
    BASELINE,
  );
  printBreakdown(breakdown, skusPerClass);
  console.log(
    '\ngoal: unit fill within 95% ± 1 point and >= min/max, with >= 15% less average inventory value than min/max at equal fill.',
  );
  console.log(
    'costs: holding = holding_cost_eur_per_unit_year / 52 per unit-week on hand; ordering = fixed_order_cost_eur per order; the data has no shortage cost (stock-out weeks shown instead).',
  );
}

function speedBenchmark(count: number): void {
  const random = seededRandom(2026);
  const weeks = 150;
  const skus = generateSkus(count, weeks, random);
  const randoms = skus.map((_, i) => seededRandom(i + 1));
  const method = METHODS[0] as Method;
  const started = performance.now();
  const cpu = cpuSeconds();
  const rate = method.model === 'min-max' ? 'mean' : method.rate;
  const plan = planWeek(skus, weeks, { method, randoms, rates: forecastRates(skus, weeks, rate) });
  const seconds = (performance.now() - started) / 1000;
  let checksum = 0;
  for (const level of plan.reorderPoint) checksum += level;
  console.log(
    `\nSpeed: re-planned ${count} generated SKUs (150 weeks; ${rate} rate, ${BOOTSTRAP_DRAWS}-draw bootstrap of lead-time demand, portfolio 95% unit fill allocation): ${seconds.toFixed(1)} s wall, ${(cpuSeconds() - cpu).toFixed(1)} s CPU (target < 60 s; planned fill ${plan.expectedFill.toFixed(4)}, checksum ${checksum})`,
  );
}

/**
 * `npm run bench -- inventory [--skus N] [--speed N] [--no-rolling] [--validate] [--quick]`.
 * `--validate` drops the last 52 weeks and evaluates the 26 weeks before them (for choosing settings without
 * looking at the test year); `--quick` runs only ours (both rates) and the min/max frontier.
 */
export async function run(args: string[]): Promise<void> {
  const option = (name: string, fallback: number): number => {
    const index = args.indexOf(name);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  if (!args.includes('--no-rolling')) {
    let skus = readSkus(option('--skus', 1_000_000));
    const validate = args.includes('--validate');
    if (validate)
      skus = skus.map((sku) => ({
        ...sku,
        demand: sku.demand.subarray(0, sku.demand.length - EVALUATION_WEEKS),
      }));
    const methods = args.includes('--quick')
      ? METHODS.filter(
          (m) => m.model === 'min-max' || (m.model === 'bootstrap' && m.allocation === 'portfolio'),
        )
      : METHODS;
    console.log(
      validate
        ? 'VALIDATION run: the test year is held out; evaluation = the 26 weeks before it'
        : 'TEST year',
    );
    rollingBenchmark(skus, { methods, evaluation: validate ? VALIDATION_WEEKS : EVALUATION_WEEKS });
  }
  const speed = option('--speed', 100_000);
  if (speed > 0) speedBenchmark(speed);
}
