/** Server configuration from the environment, validated once at start. */
import path from 'node:path';
import { AppError } from '@zhizao/core';

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** Folder for the database file and other state. */
  readonly dataDir: string;
  /** DuckDB file (default `<dataDir>/zhizao.duckdb`). */
  readonly databaseFile: string;
  /** Seed the demo plant into an empty store on first start. */
  readonly seedDemo: boolean;
  /** Folder of the built web app, served at `/`. */
  readonly webRoot: string;
  readonly logLevel: string;
}

const defaultWebRoot = path.resolve(import.meta.dirname, '../../web/dist');

/** Reads `ZHIZAO_*` variables; overrides win. */
export function loadConfig(env: NodeJS.ProcessEnv, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const port = Number(env.ZHIZAO_PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError(
      'INVALID_INPUT',
      `ZHIZAO_PORT must be a port number 0-65535, got "${env.ZHIZAO_PORT}"`,
    );
  }
  const dataDir = path.resolve(env.ZHIZAO_DATA_DIR ?? 'data');
  return {
    host: env.ZHIZAO_HOST ?? '127.0.0.1',
    port,
    dataDir,
    databaseFile: env.ZHIZAO_DB ?? path.join(dataDir, 'zhizao.duckdb'),
    seedDemo: (env.ZHIZAO_DEMO ?? '1') !== '0',
    webRoot: env.ZHIZAO_WEB_ROOT ?? defaultWebRoot,
    logLevel: env.ZHIZAO_LOG_LEVEL ?? 'info',
    ...overrides,
  };
}

/** True when the address only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
