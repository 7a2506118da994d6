/** Stored plans: one row per SKU (sortable columns plus the full plan as JSON) and a log of planning runs. */
import type { PlanDetail, PlanInputs, PlanRunResult, PlanServiceTarget } from '@zhizao/contract';
import type { Database } from '../storage/database.ts';
import type { PlanRecord, SkuTradeoff } from './compute-plan.ts';

/** T with the keys K optional: fields that plans stored by older versions lack. */
type Older<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** A plan as stored, possibly before the order-quantity rule was recorded. */
type StoredPlan = Older<Omit<PlanDetail, 'inputs'>, 'quantityRule' | 'eoqQuantity'> & {
  readonly inputs: Older<PlanInputs, 'orderCost' | 'holdingRate' | 'annualDemand'>;
};

/** Rows per multi-row INSERT (single-row inserts dominate a run's time otherwise). */
const BATCH = 250;

/** Replaces the stored plans of the given records' SKUs; `replaceAll` also drops plans of vanished SKUs. */
export async function writePlans(
  database: Database,
  records: readonly PlanRecord[],
  options: { computedAt: number; replaceAll: boolean },
): Promise<void> {
  await database.transaction(async (session) => {
    if (options.replaceAll) await session.run('DELETE FROM plans');
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const params = batch.flatMap(({ plan, tradeoff }) => [
        plan.sku,
        plan.name,
        plan.status,
        plan.source,
        plan.valueAtRisk,
        plan.stockoutRisk,
        plan.excessValue,
        plan.orderDate,
        plan.suggestedQuantity,
        JSON.stringify(plan),
        tradeoff === null ? null : JSON.stringify(tradeoff),
        options.computedAt,
      ]);
      const row = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, make_timestamp_ms(?::BIGINT))';
      await session.run(`INSERT OR REPLACE INTO plans VALUES ${batch.map(() => row).join(', ')}`, params);
    }
  });
}

/** Records a finished run. */
export async function writeRun(
  database: Database,
  run: PlanRunResult & { leadTimeCv: number; finishedAtMs: number },
): Promise<void> {
  await database.run('INSERT INTO plan_runs VALUES (make_timestamp_ms(?::BIGINT), ?, ?, ?, ?, ?, ?)', [
    run.finishedAtMs,
    run.target.kind,
    run.target.level,
    run.leadTimeCv,
    run.skus,
    run.problems,
    run.milliseconds,
  ]);
}

/** The target and lead-time CV of the latest run, if any. */
export async function readLastRun(
  database: Database,
): Promise<{ target: PlanServiceTarget; leadTimeCv: number } | null> {
  const rows = await database.query<{ kind: string; level: number; cv: number }>(
    `SELECT target_kind AS kind, target_level AS level, lead_time_cv AS cv
     FROM plan_runs ORDER BY finished_at DESC LIMIT 1`,
  );
  const row = rows[0];
  if (row === undefined) return null;
  const kind = row.kind === 'cycle-service-level' ? 'cycle-service-level' : 'fill-rate';
  return { target: { kind, level: row.level }, leadTimeCv: row.cv };
}

/**
 * A stored plan's JSON as a {@link PlanDetail}; plans stored before the order-quantity rule was recorded
 * get nulls for its fields, so they still pass the API schema until the next run replaces them.
 */
export function parseStoredPlan(json: string): PlanDetail {
  const stored = JSON.parse(json) as StoredPlan;
  const { inputs } = stored;
  return {
    ...stored,
    quantityRule: stored.quantityRule ?? null,
    eoqQuantity: stored.eoqQuantity ?? null,
    inputs: {
      ...inputs,
      orderCost: inputs.orderCost ?? null,
      holdingRate: inputs.holdingRate ?? null,
      annualDemand: inputs.annualDemand ?? null,
    },
  };
}

/** One stored plan, or null. */
export async function readPlan(database: Database, sku: string): Promise<PlanDetail | null> {
  const rows = await database.query<{ plan: string }>('SELECT plan FROM plans WHERE sku = ?', [sku]);
  const row = rows[0];
  return row === undefined ? null : parseStoredPlan(row.plan);
}

/** Every stored per-SKU trade-off. */
export async function readTradeoffs(database: Database): Promise<SkuTradeoff[]> {
  const rows = await database.query<{ tradeoff: string }>(
    'SELECT tradeoff FROM plans WHERE tradeoff IS NOT NULL',
  );
  return rows.map((row) => JSON.parse(row.tradeoff) as SkuTradeoff);
}
