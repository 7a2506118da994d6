/** Demand forecasting inside the product: the background service and its HTTP routes. */

import type { ZodRouteApp } from '../http/zod-route-app.ts';
import { registerForecastRoutes as registerForecastCoreRoutes } from '../routes/forecast-routes.ts';
import type { ServerContext } from '../server-context.ts';
import type { ForecastService } from './forecast-service.ts';
import { registerPromotionRoutes } from './promotion-routes.ts';

export type {
  ForecastLogger,
  ForecastService,
  ForecastServiceOptions,
  RunRequest,
} from './forecast-service.ts';
export { createForecastService } from './forecast-service.ts';

/** Registers /api/forecasts/* (status, run, cancel, portfolio, export, detail) and the planned-promotions routes. */
export function registerForecastRoutes(
  app: ZodRouteApp,
  context: ServerContext,
  service: ForecastService,
): void {
  // The router prefers static segments, so /api/forecasts/promotions wins over /api/forecasts/:sku.
  registerPromotionRoutes(app, context, service);
  registerForecastCoreRoutes(app, context, service);
}
