/** Replenishment planning API: plans, one SKU's plan, exceptions, the trade-off curve, runs and purchase export. */
import {
  planDetailSchema,
  planExceptionListSchema,
  planExportQuerySchema,
  planListQuerySchema,
  planListSchema,
  planRunRequestSchema,
  planRunResultSchema,
  tradeoffQuerySchema,
  tradeoffSchema,
} from '@zhizao/contract';
import { AppError } from '@zhizao/core';
import { z } from 'zod';
import { sendSpreadsheet } from '../http/send-spreadsheet.ts';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import { exportSuggestionsCsv, exportSuggestionsXlsx } from '../planning/plan-export.ts';
import { listExceptions, listPlans, readTradeoff } from '../planning/plan-query.ts';
import { readPlan } from '../planning/plan-store.ts';
import type { PlanningService } from '../planning/planning-service.ts';

/** Registers the /api/plans routes. */
export function registerPlanningRoutes(app: ZodRouteApp, service: PlanningService): void {
  const tags = ['planning'];
  const { database } = service;
  app.get(
    '/api/plans',
    {
      schema: {
        tags,
        summary: 'Replenishment plans, paged, sorted and filtered',
        querystring: planListQuerySchema,
        response: { 200: planListSchema },
      },
    },
    async (request) => listPlans(database, request.query, service.today()),
  );
  app.get(
    '/api/plans/exceptions',
    {
      schema: {
        tags,
        summary: 'Stock-out risks and excess stock, by value at risk',
        response: { 200: planExceptionListSchema },
      },
    },
    async () => ({ items: await listExceptions(database) }),
  );
  app.get(
    '/api/plans/tradeoff',
    {
      schema: {
        tags,
        summary: 'Service level vs inventory value over the planned SKUs',
        querystring: tradeoffQuerySchema,
        response: { 200: tradeoffSchema },
      },
    },
    async (request) => readTradeoff(database, request.query.kind),
  );
  app.post(
    '/api/plans/run',
    {
      schema: {
        tags,
        summary: 'Recompute every plan (optionally with a new service target)',
        body: planRunRequestSchema.optional(),
        response: { 200: planRunResultSchema },
      },
    },
    async (request) => service.run(request.body ?? {}),
  );
  app.get(
    '/api/plans/export',
    {
      schema: {
        tags,
        summary: 'Purchase suggestions as CSV or Excel',
        querystring: planExportQuerySchema,
      },
    },
    async (request, reply) =>
      sendSpreadsheet(reply, request.query.format, {
        baseName: 'zhizao-purchase-suggestions',
        csv: () => exportSuggestionsCsv(database),
        xlsx: () => exportSuggestionsXlsx(database),
      }),
  );
  app.get(
    '/api/plans/:sku',
    {
      schema: {
        tags,
        summary: "One SKU's plan with projected stock band and inputs",
        params: z.object({ sku: z.string().min(1) }),
        response: { 200: planDetailSchema },
      },
    },
    async (request) => {
      const plan = await readPlan(database, request.params.sku);
      if (plan === null) throw new AppError('NOT_FOUND', `no plan for SKU "${request.params.sku}"`);
      return plan;
    },
  );
}
