/** Demand forecasting: background run status, per-SKU forecast with bands, portfolio accuracy, export. */
import { z } from 'zod';

/** Progress of the background forecasting run, and the last finished run. */
export const forecastStatusSchema = z.object({
  state: z.enum(['idle', 'running', 'cancelling']),
  stage: z.string().describe('what the run is doing now, e.g. "reading sales", "forecasting"'),
  done: z.number().describe('SKUs finished in this run'),
  total: z.number().describe('SKUs to forecast in this run (only those whose data changed unless forced)'),
  failed: z.number(),
  startedAt: z.string().nullable().describe('ISO time the run started'),
  etaSeconds: z.number().nullable().describe('estimated seconds left'),
  skusPerSecond: z.number().nullable(),
  workers: z.number().describe('worker threads used'),
  pending: z.boolean().describe('another run is queued (data changed or a run was requested meanwhile)'),
  lastRun: z
    .object({
      startedAt: z.string(),
      finishedAt: z.string(),
      forecasted: z.number(),
      failed: z.number(),
      upToDate: z.number().describe('SKUs skipped because their data fingerprint was unchanged'),
      cancelled: z.boolean(),
      seconds: z.number(),
      skusPerSecond: z.number().nullable(),
      error: z.string().nullable(),
    })
    .nullable(),
});
/** Progress of background forecasting. */
export type ForecastStatus = z.infer<typeof forecastStatusSchema>;

/** Body of POST /api/forecasts/run. */
export const forecastRunRequestSchema = z.object({
  force: z.boolean().default(false).describe('refit every SKU, even when its data is unchanged'),
  skus: z.array(z.string().min(1)).max(100_000).optional().describe('only these SKUs'),
});
/** Body of POST /api/forecasts/run. */
export type ForecastRunRequest = z.infer<typeof forecastRunRequestSchema>;

/** Answer of POST /api/forecasts/run and /cancel. */
export const forecastRunResultSchema = z.object({
  accepted: z.boolean().describe('false when a run was already going (the request is then queued)'),
  status: forecastStatusSchema,
});
/** Answer of POST /api/forecasts/run and /cancel. */
export type ForecastRunResult = z.infer<typeof forecastRunResultSchema>;

/** Syntetos–Boylan demand pattern (ADI cut-off 1.32, CV² cut-off 0.49); `none` = no demand. */
export const demandPatternSchema = z.enum(['smooth', 'erratic', 'intermittent', 'lumpy', 'none']);

/** Rolling-origin backtest accuracy of one SKU. */
export const forecastBacktestSchema = z.object({
  horizon: z.number().describe('days ahead scored at each origin'),
  folds: z.number(),
  mase: z
    .number()
    .nullable()
    .describe('mean absolute scaled error (scale: weekly-naive in-sample); < 1 beats it'),
  rmsse: z.number().nullable().describe('root mean squared scaled error (M5)'),
  smape: z.number().nullable().describe('symmetric MAPE, percent'),
  coverage80: z.number().nullable().describe('share of actual days inside the 80% band (ideal 0.8)'),
  coverage95: z.number().nullable().describe('share of actual days inside the 95% band (ideal 0.95)'),
});

/** Summary of one SKU's stored forecast (a portfolio row). */
export const forecastSummarySchema = z.object({
  sku: z.string(),
  name: z.string().nullable(),
  model: z.string(),
  createdAt: z.string(),
  horizon: z.number(),
  historyStart: z.string(),
  historyEnd: z.string(),
  pattern: demandPatternSchema,
  intermittent: z.boolean(),
  adi: z.number().nullable(),
  cv2: z.number().nullable(),
  weeklyCv: z.number().nullable(),
  abc: z.enum(['A', 'B', 'C']),
  xyz: z.enum(['X', 'Y', 'Z']),
  revenue: z
    .number()
    .describe('sales revenue over the history (quantity × price, else item price, else unit cost)'),
  forecastTotal: z.number().describe('sum of the mean forecast over the horizon'),
  backtest: forecastBacktestSchema.nullable(),
});
/** One SKU's forecast summary. */
export type ForecastSummary = z.infer<typeof forecastSummarySchema>;

/** One SKU's forecast with its recent history, bands, calendar context and provenance. */
export const forecastDetailSchema = z.object({
  summary: forecastSummarySchema,
  params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  season: z.number(),
  fingerprint: z.string().describe('SHA-256 of the daily series the model was fitted on'),
  upToDate: z.boolean().describe('false when the sales data changed since this forecast was made'),
  history: z.object({
    days: z.array(z.string()),
    quantity: z.array(z.number()),
    promotion: z.array(z.number()),
  }),
  forecast: z.object({
    days: z.array(z.string()),
    mean: z.array(z.number()),
    median: z.array(z.number()),
    lower80: z.array(z.number()),
    upper80: z.array(z.number()),
    lower95: z.array(z.number()),
    upper95: z.array(z.number()),
  }),
  holidays: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      nameZh: z.string(),
      day: z.string(),
      breakFirst: z.string(),
      breakLast: z.string(),
    }),
  ),
  promotions: z.array(z.string()).describe('days with a promotion in the history shown'),
  plannedPromotions: z
    .array(z.string())
    .optional()
    .describe('days ahead (within the forecast) with a planned promotion, see PUT /api/forecasts/promotions'),
});
/** One SKU's forecast in full. */
export type ForecastDetail = z.infer<typeof forecastDetailSchema>;

/** Query of GET /api/forecasts/:sku. */
export const forecastDetailQuerySchema = z.object({
  historyDays: z.coerce.number().int().min(7).max(3_700).default(180).describe('days of history to return'),
});

/** Query of GET /api/forecasts: sort, filters by class, paging. */
export const forecastListQuerySchema = z.object({
  sort: z.enum(['sku', 'mase', 'revenue', 'smape']).default('revenue'),
  pattern: demandPatternSchema.optional(),
  abc: z.enum(['A', 'B', 'C']).optional(),
  xyz: z.enum(['X', 'Y', 'Z']).optional(),
  intermittent: z.enum(['true', 'false']).optional(),
  search: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
/** Query of GET /api/forecasts. */
export type ForecastListQuery = z.infer<typeof forecastListQuerySchema>;

const distributionSchema = z.object({
  count: z.number(),
  p10: z.number().nullable(),
  p25: z.number().nullable(),
  median: z.number().nullable(),
  p75: z.number().nullable(),
  p90: z.number().nullable(),
  mean: z.number().nullable(),
});

/** The portfolio page: accuracy distribution, worst SKUs, class counts and one page of SKUs. */
export const forecastPortfolioSchema = z.object({
  forecasted: z.number(),
  withoutSales: z.number().describe('item-master SKUs with no sales yet (not forecast)'),
  accuracy: z.object({
    mase: distributionSchema,
    smape: distributionSchema,
    coverage80: z.number().nullable().describe('mean share inside the 80% band over SKUs'),
    coverage95: z.number().nullable(),
  }),
  worst: z.array(forecastSummarySchema).describe('highest backtest MASE first (up to 10)'),
  classes: z.object({
    abc: z.record(z.string(), z.number()),
    xyz: z.record(z.string(), z.number()),
    pattern: z.record(z.string(), z.number()),
    intermittent: z.number(),
  }),
  total: z.number().describe('SKUs matching the filter'),
  items: z.array(forecastSummarySchema),
});
/** The portfolio page. */
export type ForecastPortfolio = z.infer<typeof forecastPortfolioSchema>;

/** Query of GET /api/forecasts/export. */
export const forecastExportQuerySchema = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
