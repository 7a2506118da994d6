/** Demand forecasting API: run status, start/cancel, per-SKU forecast, portfolio accuracy, CSV/XLSX export. */
import {
  forecastDetailQuerySchema,
  forecastDetailSchema,
  forecastExportQuerySchema,
  forecastListQuerySchema,
  forecastPortfolioSchema,
  forecastRunRequestSchema,
  forecastRunResultSchema,
  forecastStatusSchema,
} from '@zhizao/contract';
import { z } from 'zod';
import { readForecastDetail } from '../forecasting/forecast-detail.ts';
import { exportCsv, exportXlsx } from '../forecasting/forecast-export.ts';
import type { ForecastService } from '../forecasting/forecast-service.ts';
import { readPortfolioPage } from '../forecasting/portfolio-query.ts';
import { requireRole, WRITERS } from '../http/access.ts';
import { sendSpreadsheet } from '../http/send-spreadsheet.ts';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import type { ServerContext } from '../server-context.ts';

/** Registers /api/forecasts/*; writes (run, cancel) need the planner or admin role. */
export function registerForecastRoutes(
  app: ZodRouteApp,
  context: ServerContext,
  service: ForecastService,
): void {
  const tags = ['forecasts'];
  app.get(
    '/api/forecasts/status',
    {
      schema: {
        tags,
        summary: 'Progress of background forecasting (done/total/stage/ETA) and the last run',
        response: { 200: forecastStatusSchema },
      },
    },
    async () => service.status(),
  );
  app.post(
    '/api/forecasts/run',
    {
      schema: {
        tags,
        summary: 'Re-forecast now: SKUs whose sales changed, or all with force=true',
        description:
          'Answers at once; follow progress at /api/forecasts/status. A run already going queues this one after it.',
        body: forecastRunRequestSchema.nullish(),
        response: { 202: forecastRunResultSchema },
      },
    },
    async (request, reply) => {
      requireRole(request, WRITERS.sales);
      const body = request.body ?? { force: false };
      const accepted = service.run({ force: body.force, ...(body.skus ? { skus: body.skus } : {}) });
      return reply.status(202).send({ accepted, status: service.status() });
    },
  );
  app.post(
    '/api/forecasts/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel the running forecast (SKUs already done stay stored)',
        response: { 200: forecastRunResultSchema },
      },
    },
    async (request) => {
      requireRole(request, WRITERS.sales);
      const accepted = await service.cancel();
      return { accepted, status: service.status() };
    },
  );
  app.get(
    '/api/forecasts',
    {
      schema: {
        tags,
        summary:
          'Portfolio: accuracy distribution, worst SKUs, ABC/XYZ and intermittency classes, one page of SKUs',
        querystring: forecastListQuerySchema,
        response: { 200: forecastPortfolioSchema },
      },
    },
    async (request) => readPortfolioPage(context.database, request.query),
  );
  app.get(
    '/api/forecasts/export',
    {
      schema: {
        tags,
        summary: 'Download every forecast (daily mean and quantiles p025…p975) as CSV or Excel',
        querystring: forecastExportQuerySchema,
      },
    },
    async (request, reply) =>
      sendSpreadsheet(reply, request.query.format, {
        baseName: 'zhizao-forecasts',
        csv: () => exportCsv(context.database),
        xlsx: () => exportXlsx(context.database),
      }),
  );
  app.get(
    '/api/forecasts/:sku',
    {
      schema: {
        tags,
        summary:
          'One SKU: history tail, forecast with 80%/95% bands, holidays and promotions, model, fingerprint, backtest',
        params: z.object({ sku: z.string().min(1) }),
        querystring: forecastDetailQuerySchema,
        response: { 200: forecastDetailSchema },
      },
    },
    async (request) => readForecastDetail(context.database, request.params.sku, request.query),
  );
}
