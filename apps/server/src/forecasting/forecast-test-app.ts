/** The real app on a fresh DuckDB file, with a forecast service sized for tests (short horizon, small backtest). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ForecastStatus } from '@zhizao/contract';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../config.ts';
import { createContext } from '../create-context.ts';
import { buildApp } from '../http/build-app.ts';
import type { ServerContext } from '../server-context.ts';
import { openStore, VERSION } from '../start-server.ts';
import { createForecastService, type ForecastService } from './forecast-service.ts';

/** The app, its context (whose `forecasts` is the test service) and a close that removes everything. */
export interface ForecastTestApp {
  readonly app: FastifyInstance;
  readonly context: ServerContext;
  readonly service: ForecastService;
  close(): Promise<void>;
}

/** Builds the app with a 14-day horizon, a 2 × 7-day backtest, one worker and no debounce. */
export async function createForecastTestApp(options: {
  onProgress?: (status: ForecastStatus) => void;
}): Promise<ForecastTestApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zhizao-forecast-'));
  const config = loadConfig({ ZHIZAO_DATA_DIR: dataDir, ZHIZAO_LOG_LEVEL: 'silent' }, { seedDemo: false });
  const database = await openStore(config);
  const base = await createContext({
    version: VERSION,
    config,
    database,
    authRequired: false,
    demoConnector: false,
    forecastWorkers: 1,
  });
  const service = createForecastService({
    database,
    logger: base.logger,
    workers: 1,
    horizon: 14,
    backtestHorizon: 7,
    backtestOrigins: 2,
    debounceMs: 0,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const context: ServerContext = { ...base, forecasts: service };
  const app = await buildApp(context);
  return {
    app,
    context,
    service,
    async close() {
      await app.close();
      await base.telemetry.stop();
      await base.forecasts.stop();
      await service.stop();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
