/** Builds the server context: logger, demo plant and the background services, wired to each other. */
import { pino } from 'pino';
import type { ServerConfig } from './config.ts';
import { type DemoOptions, DemoPlant } from './demo/demo-plant.ts';
import { createForecastService } from './forecasting/index.ts';
import { createPlanningService, type PlanningServiceOptions } from './planning/index.ts';
import type { ServerContext } from './server-context.ts';
import type { Database } from './storage/database.ts';
import { createTelemetryService } from './telemetry/index.ts';

export interface ContextOptions {
  readonly version: string;
  readonly config: ServerConfig;
  readonly database: Database;
  readonly authRequired: boolean;
  readonly demo?: DemoOptions;
  /** Stream the demo plant live once started (default true). */
  readonly demoConnector?: boolean;
  /** Forecast worker threads (default: cores - 1). */
  readonly forecastWorkers?: number;
  /** Planning settings other than storage and logging (tests pass a clock here). */
  readonly planning?: Omit<PlanningServiceOptions, 'database' | 'logger'>;
}

export async function createContext(options: ContextOptions): Promise<ServerContext> {
  const { config, database } = options;
  const logger = pino({ level: config.logLevel });
  const planning = createPlanningService({ ...options.planning, database, logger });
  const forecasts = createForecastService({
    database,
    logger,
    // A finished forecast run changes the demand every plan is computed from.
    onProgress: (status) => {
      if (status.state === 'idle') planning.notifyChanged();
    },
    ...(options.forecastWorkers === undefined ? {} : { workers: options.forecastWorkers }),
  });
  const telemetry = await createTelemetryService({
    database,
    logger,
    demoConnector: options.demoConnector ?? true,
  });
  const demo = new DemoPlant(database, {
    ...options.demo,
    onSalesChanged: () => forecasts.notifySalesChanged(),
  });
  return {
    version: options.version,
    config,
    database,
    logger,
    demo,
    forecasts,
    planning,
    telemetry,
    authRequired: options.authRequired,
  };
}
