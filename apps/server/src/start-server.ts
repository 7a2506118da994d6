/** Starts zhizao: open storage, migrate, seed the demo plant if empty, listen. */
import { readFileSync } from 'node:fs';
import { AppError } from '@zhizao/core';
import type { FastifyInstance } from 'fastify';
import { adminExists } from './auth/users.ts';
import { isLoopback, type ServerConfig } from './config.ts';
import { createContext } from './create-context.ts';
import { buildApp } from './http/build-app.ts';
import type { ServerContext } from './server-context.ts';
import type { Database } from './storage/database.ts';
import { openDuckDb } from './storage/duckdb-database.ts';
import { migrate } from './storage/schema.ts';

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly context: ServerContext;
  stop(): Promise<void>;
}

/** Opens the configured DuckDB file and brings its schema up to date. */
export async function openStore(config: Pick<ServerConfig, 'databaseFile'>): Promise<Database> {
  const database = await openDuckDb(config.databaseFile);
  await migrate(database);
  return database;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const database = await openStore(config);
  const authRequired = !isLoopback(config.host);
  if (authRequired && !(await adminExists(database))) {
    await database.close();
    throw new AppError(
      'FORBIDDEN',
      `refusing to listen on ${config.host}: beyond loopback every request needs sign-in, and no admin exists yet. ` +
        'Create one first: zhizao user add <name> --role admin',
    );
  }
  const context = await createContext({ version: VERSION, config, database, authRequired });
  const app = await buildApp(context);
  await app.listen({ host: config.host, port: config.port });
  await context.telemetry.start();
  context.forecasts.start();
  await context.planning.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  if (config.seedDemo && (await context.demo.storeIsEmpty())) context.demo.seedInBackground();
  return {
    url: `http://${host}:${port}`,
    app,
    context,
    async stop() {
      await app.close();
      await context.demo.stop();
      await context.telemetry.stop();
      await context.forecasts.stop();
      await context.planning.stop();
      await database.close();
    },
  };
}
