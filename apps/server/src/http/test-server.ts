/** Builds the real app on a fresh DuckDB file in a temp folder, for API tests (no port is opened). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../config.ts';
import { type ContextOptions, createContext } from '../create-context.ts';
import type { ServerContext } from '../server-context.ts';
import { openStore, VERSION } from '../start-server.ts';
import { buildApp } from './build-app.ts';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly context: ServerContext;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { authRequired?: boolean; planning?: ContextOptions['planning'] } = {},
): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zhizao-api-'));
  const config = loadConfig({ ZHIZAO_DATA_DIR: dataDir, ZHIZAO_LOG_LEVEL: 'silent' }, { seedDemo: false });
  const database = await openStore(config);
  const context = await createContext({
    version: VERSION,
    config,
    database,
    authRequired: options.authRequired ?? false,
    demoConnector: false,
    forecastWorkers: 1,
    ...(options.planning === undefined ? {} : { planning: options.planning }),
  });
  const app = await buildApp(context);
  return {
    app,
    context,
    async close() {
      await app.close();
      await context.telemetry.stop();
      await context.forecasts.stop();
      await context.planning.stop();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A multipart/form-data body with one file field, as a browser sends it. */
export function multipartFile(
  fileName: string,
  content: string | Uint8Array,
): { body: Buffer; contentType: string } {
  const boundary = `----zhizao${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  return {
    body: Buffer.concat([head, bytes, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
