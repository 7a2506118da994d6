/** Plan listings for the API: paged and sorted plans, exceptions by value at risk, the portfolio trade-off. */
import type {
  Plan,
  PlanDetail,
  PlanException,
  PlanList,
  PlanListQuery,
  ServiceKind,
  Tradeoff,
} from '@zhizao/contract';
import { assertNever } from '@zhizao/core';
import type { Database, SqlValue } from '../storage/database.ts';
import { TRADEOFF_LEVELS } from './compute-plan.ts';
import { parseStoredPlan, readTradeoffs } from './plan-store.ts';

function sortColumn(sort: PlanListQuery['sort']): string {
  switch (sort) {
    case 'sku':
      return 'sku';
    case 'valueAtRisk':
      return 'value_at_risk';
    case 'orderDate':
      return 'order_date';
    case 'suggestedQuantity':
      return 'suggested_quantity';
    case 'stockoutRisk':
      return 'stockout_risk';
    default:
      return assertNever(sort);
  }
}

/** The plan without its projection and inputs (list rows stay small). */
function summaryOf(detail: PlanDetail): Plan {
  const { projection: _projection, inputs: _inputs, ...plan } = detail;
  return plan;
}

/** A page of plans, filtered by search text, status and "has an order due today or earlier". */
export async function listPlans(database: Database, query: PlanListQuery, today: string): Promise<PlanList> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (query.search) {
    where.push('(sku ILIKE ? OR name ILIKE ?)');
    params.push(`%${query.search}%`, `%${query.search}%`);
  }
  if (query.status) {
    where.push('status = ?');
    params.push(query.status);
  }
  if (query.toOrder === 'true') {
    where.push('order_date IS NOT NULL AND order_date <= ?');
    params.push(today);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  const totals = await database.query<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM plans ${clause}`,
    params,
  );
  const rows = await database.query<{ plan: string }>(
    `SELECT plan FROM plans ${clause} ORDER BY ${sortColumn(query.sort)} ${direction} NULLS LAST, sku
     LIMIT ? OFFSET ?`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  return {
    total: totals[0]?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((row) => summaryOf(parseStoredPlan(row.plan))),
  };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/**
 * Stock-out risks (chance of running out within the lead time above what the target tolerates; valued at the
 * expected shortage) and excess stock (valued at cost), most valuable first.
 */
export async function listExceptions(database: Database, limit = 200): Promise<PlanException[]> {
  const rows = await database.query<{ plan: string }>("SELECT plan FROM plans WHERE status = 'ok'");
  const exceptions: PlanException[] = [];
  for (const row of rows) {
    const plan = parseStoredPlan(row.plan);
    const risk = plan.stockoutRisk ?? 0;
    if (risk > 1 - plan.target.level && (plan.valueAtRisk ?? 0) > 0)
      exceptions.push({
        sku: plan.sku,
        name: plan.name,
        kind: 'stockout-risk',
        value: plan.valueAtRisk ?? 0,
        stockoutRisk: risk,
        message: `${percent(risk)} chance of a stock-out before a new order can arrive`,
      });
    if ((plan.excessValue ?? 0) > 0)
      exceptions.push({
        sku: plan.sku,
        name: plan.name,
        kind: 'excess-stock',
        value: plan.excessValue ?? 0,
        stockoutRisk: risk,
        message: 'stock above order-up-to level plus 30 days of demand',
      });
  }
  exceptions.sort((a, b) => b.value - a.value || a.sku.localeCompare(b.sku));
  return exceptions.slice(0, limit);
}

/** Portfolio inventory value (safety stock + half an order, at cost) against the service target. */
export async function readTradeoff(database: Database, kind: ServiceKind): Promise<Tradeoff> {
  const tradeoffs = await readTradeoffs(database);
  const points = TRADEOFF_LEVELS.map((level, index) => {
    let inventoryValue = 0;
    let safetyStockValue = 0;
    for (const tradeoff of tradeoffs) {
      const pair = tradeoff[kind][index];
      inventoryValue += pair?.[0] ?? 0;
      safetyStockValue += pair?.[1] ?? 0;
    }
    return {
      level,
      inventoryValue: Math.round(inventoryValue * 100) / 100,
      safetyStockValue: Math.round(safetyStockValue * 100) / 100,
    };
  });
  return { kind, skus: tradeoffs.length, points };
}
