/** What route modules share: configuration, the database, the demo plant and the long-running services. */
import type { FastifyBaseLogger } from 'fastify';
import type { ServerConfig } from './config.ts';
import type { DemoPlant } from './demo/demo-plant.ts';
import type { ForecastService } from './forecasting/index.ts';
import type { PlanningService } from './planning/index.ts';
import type { Database } from './storage/database.ts';
import type { TelemetryService } from './telemetry/index.ts';

export interface ServerContext {
  readonly version: string;
  readonly config: ServerConfig;
  readonly database: Database;
  readonly logger: FastifyBaseLogger;
  readonly demo: DemoPlant;
  readonly forecasts: ForecastService;
  readonly planning: PlanningService;
  readonly telemetry: TelemetryService;
  readonly authRequired: boolean;
}
