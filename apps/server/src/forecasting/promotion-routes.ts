/** Planned promotions API: planners enter future promotion ranges per SKU; forecasts refit to include them. */

import {
  plannedPromotionListSchema,
  plannedPromotionQuerySchema,
  plannedPromotionsRequestSchema,
} from '@zhizao/contract';
import { requireRole, WRITERS } from '../http/access.ts';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import type { ServerContext } from '../server-context.ts';
import type { ForecastService } from './forecast-service.ts';
import { parseRanges, readPlannedPromotions, replacePlannedPromotions } from './planned-promotions.ts';

/** Registers GET and PUT /api/forecasts/promotions; PUT needs the planner or admin role. */
export function registerPromotionRoutes(
  app: ZodRouteApp,
  context: ServerContext,
  service: ForecastService,
): void {
  const tags = ['forecasts'];
  app.get(
    '/api/forecasts/promotions',
    {
      schema: {
        tags,
        summary: 'Planned promotions (future day ranges per SKU) that the forecasts take into account',
        querystring: plannedPromotionQuerySchema,
        response: { 200: plannedPromotionListSchema },
      },
    },
    async (request) => ({
      items: await readPlannedPromotions(context.database, request.query.sku),
      refit: false,
    }),
  );
  app.put(
    '/api/forecasts/promotions',
    {
      schema: {
        tags,
        summary: "Replace one SKU's planned promotions; its forecast is refitted with the promotion effect",
        description:
          'Each range is inclusive (from ≤ to, at most 366 days, inside 2000–2040). Only days after the last sales day ' +
          'change the forecast; past promotions come from the sales rows. The SKU is re-forecast in the background.',
        body: plannedPromotionsRequestSchema,
        response: { 200: plannedPromotionListSchema },
      },
    },
    async (request) => {
      const principal = requireRole(request, WRITERS.sales);
      const { sku, promotions } = request.body;
      const ranges = parseRanges(promotions).map((range, index) => ({
        ...range,
        note: promotions[index]?.note,
      }));
      await replacePlannedPromotions(context.database, sku, {
        ranges,
        user: principal.username,
        now: Date.now(),
      });
      service.notifySalesChanged();
      return { items: await readPlannedPromotions(context.database, sku), refit: true };
    },
  );
}
