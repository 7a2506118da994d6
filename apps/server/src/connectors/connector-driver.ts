/** What every connector driver implements, and what the runner gives it: a sink for points and for trouble. */
import type { MalformedInput, TelemetryPoint } from '../telemetry/telemetry-point.ts';

/** A logger in pino's argument order (also satisfied by `console`). */
export interface TelemetryLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Where a driver delivers points and reports its connection. */
export interface ConnectorSink {
  /** Stores points; resolves once they are committed, so a driver acknowledges its source only then. */
  ingest(points: readonly TelemetryPoint[]): Promise<void>;
  /** Counts and logs (with a sample) input that could not be read; never stops the driver. */
  malformed(items: readonly MalformedInput[]): void;
  /** The driver is connected (or listening) at `endpoint`. */
  connected(endpoint: string): void;
  /** The connection broke: the runner stops the driver and starts a fresh one after a backoff delay. */
  failed(error: unknown): void;
  /** Epoch ms, from the service clock. */
  now(): number;
  readonly log: TelemetryLogger;
}

/** One connection to one source. `start` rejects when it cannot connect; `stop` releases everything. */
export interface ConnectorDriver {
  start(sink: ConnectorSink): Promise<void>;
  stop(): Promise<void>;
}

/** Message of an unknown thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
