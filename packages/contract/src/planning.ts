/** Replenishment planning API: per-SKU plans, exceptions, the service-vs-inventory trade-off and runs. */
import { z } from 'zod';

/** Which service measure a target is stated in (type 2 fill rate is the default). */
export const serviceKindSchema = z.enum(['fill-rate', 'cycle-service-level']);

/** A service target: its kind and a level in (0, 1). */
export const serviceTargetSchema = z.object({
  kind: serviceKindSchema,
  level: z.number().gt(0).lte(1),
});

/** Where a plan's lead-time demand came from. */
export const demandSourceSchema = z.enum(['forecast', 'sales-history', 'none']);

/** One day of projected on-hand stock: median and an 80% band, from simulation. */
export const projectionPointSchema = z.object({
  day: z.string(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
});

/**
 * Which rule set a plan's order quantity: the economic order quantity from the item's ordering cost
 * and holding rate, or a fixed number of days of demand when either is unknown.
 */
export const quantityRuleSchema = z.enum(['eoq', 'days-of-demand']);

/** What a plan was computed from, so a planner can tell whether it is stale. */
export const planInputsSchema = z.object({
  forecastFingerprint: z.string().nullable(),
  unitCost: z.number().nullable(),
  leadTimeDays: z.number().nullable(),
  leadTimeCv: z.number(),
  moq: z.number().nullable(),
  packSize: z.number().nullable(),
  cycleDays: z.number(),
  /** Cost per order (null when the item master has none). */
  orderCost: z.number().nullable(),
  /** Annual holding cost as a fraction of unit cost (null when unknown). */
  holdingRate: z.number().nullable(),
  /** Demand per year (365 × mean daily demand) the EOQ used; null when the EOQ rule did not apply. */
  annualDemand: z.number().nullable(),
  computedAt: z.string(),
});

/** A plan problem: bad input that stopped the SKU being planned. */
export const planProblemSchema = z.object({ field: z.string(), message: z.string() });

/** One SKU's replenishment plan (numbers are null when the plan has a problem; never NaN). */
export const planSchema = z.object({
  sku: z.string(),
  name: z.string(),
  status: z.enum(['ok', 'problem']),
  source: demandSourceSchema,
  target: serviceTargetSchema,
  onHand: z.number().nullable(),
  onOrder: z.number().nullable(),
  leadTimeDemandMean: z.number().nullable(),
  reorderPoint: z.number().nullable(),
  orderUpTo: z.number().nullable(),
  orderQuantity: z.number().nullable(),
  /** The rule that set orderQuantity (null when the plan has a problem or predates the field). */
  quantityRule: quantityRuleSchema.nullable(),
  /** EOQ before MOQ and pack rounding, when the EOQ rule applied. */
  eoqQuantity: z.number().nullable(),
  suggestedQuantity: z.number().nullable(),
  orderDate: z.string().nullable(),
  expectedFillRate: z.number().nullable(),
  expectedCycleService: z.number().nullable(),
  stockoutRisk: z.number().nullable(),
  valueAtRisk: z.number().nullable(),
  excessValue: z.number().nullable(),
  note: z.string().nullable(),
  problem: planProblemSchema.nullable(),
});

/** A plan with its projection and inputs. */
export const planDetailSchema = planSchema.extend({
  projection: z.array(projectionPointSchema),
  inputs: planInputsSchema,
});

/** Sortable plan columns. */
export const planSortSchema = z.enum([
  'sku',
  'valueAtRisk',
  'orderDate',
  'suggestedQuantity',
  'stockoutRisk',
]);

/** GET /api/plans query. */
export const planListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  sort: planSortSchema.default('valueAtRisk'),
  order: z.enum(['asc', 'desc']).default('desc'),
  search: z.string().optional(),
  status: z.enum(['ok', 'problem']).optional(),
  /** Only SKUs with a suggested order. */
  toOrder: z.enum(['true', 'false']).optional(),
});

/** A page of plans. */
export const planListSchema = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(planSchema),
});

/** One exception: a stock-out risk or excess stock, with the money at stake. */
export const planExceptionSchema = z.object({
  sku: z.string(),
  name: z.string(),
  kind: z.enum(['stockout-risk', 'excess-stock']),
  value: z.number(),
  stockoutRisk: z.number().nullable(),
  message: z.string(),
});

/** Exceptions, most valuable first. */
export const planExceptionListSchema = z.object({ items: z.array(planExceptionSchema) });

/** One point on the portfolio trade-off curve. */
export const tradeoffPointSchema = z.object({
  level: z.number(),
  inventoryValue: z.number(),
  safetyStockValue: z.number(),
});

/** Service level vs inventory value for the planned SKUs. */
export const tradeoffSchema = z.object({
  kind: serviceKindSchema,
  skus: z.number(),
  points: z.array(tradeoffPointSchema),
});

/** GET /api/plans/tradeoff query. */
export const tradeoffQuerySchema = z.object({ kind: serviceKindSchema.default('fill-rate') });

/** POST /api/plans/run body. */
export const planRunRequestSchema = z.object({
  target: serviceTargetSchema.optional(),
  leadTimeCv: z.number().min(0).max(2).optional(),
});

/** The result of a planning run. */
export const planRunResultSchema = z.object({
  target: serviceTargetSchema,
  skus: z.number(),
  problems: z.number(),
  milliseconds: z.number(),
  finishedAt: z.string(),
});

/** GET /api/plans/export query. */
export const planExportQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });

export type ServiceKind = z.infer<typeof serviceKindSchema>;
export type PlanServiceTarget = z.infer<typeof serviceTargetSchema>;
export type DemandSource = z.infer<typeof demandSourceSchema>;
export type ProjectionPoint = z.infer<typeof projectionPointSchema>;
export type PlanInputs = z.infer<typeof planInputsSchema>;
export type PlanProblem = z.infer<typeof planProblemSchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlanDetail = z.infer<typeof planDetailSchema>;
export type PlanListQuery = z.infer<typeof planListQuerySchema>;
export type PlanList = z.infer<typeof planListSchema>;
export type PlanException = z.infer<typeof planExceptionSchema>;
export type Tradeoff = z.infer<typeof tradeoffSchema>;
export type PlanRunRequest = z.infer<typeof planRunRequestSchema>;
export type PlanRunResult = z.infer<typeof planRunResultSchema>;
