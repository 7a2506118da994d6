/** A small Fastify app with only the telemetry routes on an in-memory DuckDB, for tests of this folder. */
import { ManualClock } from '@zhizao/core';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TelemetryLogger } from '../connectors/connector-driver.ts';
import { installAccess } from '../http/access.ts';
import { installErrorHandler } from '../http/error-handler.ts';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import type { Database } from '../storage/database.ts';
import { openDuckDb } from '../storage/duckdb-database.ts';
import { migrate } from '../storage/schema.ts';
import { registerTelemetry } from './index.ts';
import {
  createTelemetryService,
  type TelemetryService,
  type TelemetryServiceOptions,
} from './telemetry-service.ts';

/** A logger that keeps warnings for assertions. */
export function memoryLogger(): TelemetryLogger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    info: () => {},
    warn: (_details, message) => warnings.push(message),
    error: (_d, m) => warnings.push(m),
  };
}

export interface TelemetryTestApp {
  readonly app: ZodRouteApp;
  readonly service: TelemetryService;
  readonly database: Database;
  readonly clock: ManualClock | undefined;
  close(): Promise<void>;
}

/** Builds, migrates and starts everything; `manualClock` swaps the wall clock for a ManualClock. */
export async function createTelemetryTestApp(
  options: { manualClock?: number; service?: Partial<TelemetryServiceOptions> } = {},
): Promise<TelemetryTestApp> {
  const database = await openDuckDb(':memory:');
  await migrate(database);
  const clock = options.manualClock === undefined ? undefined : new ManualClock(options.manualClock);
  const service = await createTelemetryService({
    database,
    logger: memoryLogger(),
    backoff: { initialMs: 50, maxMs: 400 },
    scoringThread: false,
    // On a manual clock the test drives alarm ticks itself.
    ...(clock === undefined ? {} : { clock, alarmTickMs: 3_600_000 }),
    ...options.service,
  });
  await service.start();
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installAccess(app, { database, authRequired: false });
  registerTelemetry(app, service);
  await app.ready();
  return {
    app,
    service,
    database,
    clock,
    async close() {
      await app.close();
      await service.stop();
      await database.close();
    },
  };
}
