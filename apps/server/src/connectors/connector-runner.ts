/** Runs one connector: starts its driver, tracks state and counters, reconnects with exponential backoff. */
import type { ConnectorInput, ConnectorState, ConnectorStatus } from '@zhizao/contract';
import type { Clock } from '@zhizao/core';
import type { MalformedInput, TelemetryPoint } from '../telemetry/telemetry-point.ts';
import { type BackoffOptions, backoffDelay } from './backoff.ts';
import {
  type ConnectorDriver,
  type ConnectorSink,
  errorMessage,
  type TelemetryLogger,
} from './connector-driver.ts';

/** Options of {@link ConnectorRunner}. */
export interface ConnectorRunnerOptions {
  readonly id: string;
  readonly input: ConnectorInput;
  readonly createDriver: (input: ConnectorInput) => Promise<ConnectorDriver>;
  readonly ingest: (points: readonly TelemetryPoint[]) => Promise<void>;
  readonly clock: Clock;
  readonly log: TelemetryLogger;
  /** Called on every status change. */
  readonly onStatus?: ((id: string, state: ConnectorState) => void) | undefined;
  readonly backoff?: BackoffOptions | undefined;
}

/** Logs the first malformed message and then every this many. */
const MALFORMED_LOG_EVERY = 1000;

/** Supervises one driver; `state` is what the API shows. */
export class ConnectorRunner {
  private driver: ConnectorDriver | undefined;
  private generation = 0;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = true;
  private current: ConnectorState;

  constructor(private readonly options: ConnectorRunnerOptions) {
    this.current = {
      status: 'stopped',
      lastError: null,
      points: 0,
      malformed: 0,
      malformedSample: null,
      lastPointAt: null,
      reconnects: 0,
      endpoint: null,
      since: options.clock.now(),
    };
  }

  get state(): ConnectorState {
    return { ...this.current };
  }

  get id(): string {
    return this.options.id;
  }

  /** Starts (or restarts) the driver. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  /** Stops the driver and any pending reconnect. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.generation++;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const driver = this.driver;
    this.driver = undefined;
    await driver?.stop().catch(() => undefined);
    this.setStatus('stopped');
  }

  private async connect(): Promise<void> {
    const generation = ++this.generation;
    this.retryTimer = undefined;
    this.setStatus('connecting');
    const sink = this.sinkFor(generation);
    try {
      const driver = await this.options.createDriver(this.options.input);
      if (generation !== this.generation) {
        await driver.stop();
        return;
      }
      this.driver = driver;
      await driver.start(sink);
    } catch (error) {
      sink.failed(error);
    }
  }

  private sinkFor(generation: number): ConnectorSink {
    const live = () => generation === this.generation && !this.stopped;
    return {
      ingest: async (points) => {
        await this.options.ingest(points);
        if (generation !== this.generation) return;
        this.current.points += points.length;
        this.current.lastPointAt = this.options.clock.now();
      },
      malformed: (items) => this.countMalformed(items),
      connected: (endpoint) => {
        if (!live()) return;
        this.attempt = 0;
        this.current.endpoint = endpoint;
        this.current.lastError = null;
        this.setStatus('connected');
      },
      failed: (error) => {
        if (!live()) return;
        this.generation++;
        const driver = this.driver;
        this.driver = undefined;
        void driver?.stop().catch(() => undefined);
        this.current.lastError = errorMessage(error);
        this.setStatus('failed');
        const delay = backoffDelay(this.attempt++, this.options.backoff);
        this.options.log.warn(
          { connector: this.options.id, error: this.current.lastError, retryInMs: delay },
          'connector failed; reconnecting',
        );
        this.retryTimer = setTimeout(() => {
          this.current.reconnects++;
          void this.connect();
        }, delay);
      },
      now: () => this.options.clock.now(),
      log: this.options.log,
    };
  }

  private countMalformed(items: readonly MalformedInput[]): void {
    for (const item of items) {
      if (this.current.malformed % MALFORMED_LOG_EVERY === 0) {
        this.options.log.warn(
          {
            connector: this.options.id,
            reason: item.reason,
            sample: item.sample,
            malformedSoFar: this.current.malformed,
          },
          'malformed telemetry skipped',
        );
      }
      this.current.malformed++;
      this.current.malformedSample = `${item.reason}: ${item.sample}`;
    }
  }

  private setStatus(status: ConnectorStatus): void {
    if (this.current.status === status && status !== 'failed') return;
    this.current.status = status;
    this.current.since = this.options.clock.now();
    this.options.onStatus?.(this.options.id, this.state);
  }
}
