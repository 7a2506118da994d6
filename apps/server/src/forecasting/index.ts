/** Demand forecasting inside the product: the background service and its HTTP routes. */

export { registerForecastRoutes } from '../routes/forecast-routes.ts';
export type {
  ForecastLogger,
  ForecastService,
  ForecastServiceOptions,
  RunRequest,
} from './forecast-service.ts';
export { createForecastService } from './forecast-service.ts';
