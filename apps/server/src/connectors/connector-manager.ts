/** Connector configurations in the store, one runner per enabled connector, and connection tests. */
import { randomUUID } from 'node:crypto';
import type { Connector, ConnectorInput, ConnectorState, ConnectorTestResult } from '@zhizao/contract';
import { connectorConfigSchema } from '@zhizao/contract';
import { AppError, type Clock } from '@zhizao/core';
import type { Database } from '../storage/database.ts';
import type { TelemetryPoint } from '../telemetry/telemetry-point.ts';
import type { BackoffOptions } from './backoff.ts';
import { type ConnectorDriver, errorMessage, type TelemetryLogger } from './connector-driver.ts';
import { ConnectorRunner } from './connector-runner.ts';
import { createDriver } from './create-driver.ts';

/** Options of {@link ConnectorManager}. */
export interface ConnectorManagerOptions {
  readonly database: Database;
  readonly clock: Clock;
  readonly log: TelemetryLogger;
  readonly ingest: (points: readonly TelemetryPoint[]) => Promise<void>;
  readonly onState?: ((connector: Connector, state: ConnectorState) => void) | undefined;
  readonly backoff?: BackoffOptions | undefined;
  readonly createDemoDriver: (input: ConnectorInput) => ConnectorDriver;
}

interface Entry {
  input: ConnectorInput;
  runner: ConnectorRunner;
}

interface ConnectorRow {
  id: string;
  name: string;
  enabled: boolean;
  machine: string | null;
  config: string;
}

/** Owns every connector; configuration changes restart the connector. */
export class ConnectorManager {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: ConnectorManagerOptions) {}

  /** Loads the stored connectors and starts the enabled ones (connections are made in the background). */
  async start(): Promise<void> {
    const rows = await this.options.database.query<ConnectorRow>(
      'SELECT id, name, enabled, machine, config FROM connectors',
    );
    for (const row of rows) {
      const parsed = connectorConfigSchema.safeParse(JSON.parse(row.config));
      if (!parsed.success) {
        this.options.log.error({ connector: row.id }, 'stored connector configuration is invalid; skipped');
        continue;
      }
      const input: ConnectorInput = {
        name: row.name,
        enabled: row.enabled,
        config: parsed.data,
        ...(row.machine === null ? {} : { machine: row.machine }),
      };
      this.add(row.id, input);
    }
  }

  async stop(): Promise<void> {
    await Promise.all([...this.entries.values()].map((entry) => entry.runner.stop()));
  }

  list(): Connector[] {
    return [...this.entries.entries()].map(([id, entry]) => ({
      ...entry.input,
      id,
      state: entry.runner.state,
    }));
  }

  get(id: string): Connector {
    const entry = this.entries.get(id);
    if (entry === undefined) throw new AppError('NOT_FOUND', `no connector ${id}`);
    return { ...entry.input, id, state: entry.runner.state };
  }

  async create(input: ConnectorInput, id: string = randomUUID()): Promise<Connector> {
    if (this.entries.has(id)) throw new AppError('CONFLICT', `connector ${id} exists`);
    await this.save(id, input);
    this.add(id, input);
    return this.get(id);
  }

  async update(id: string, input: ConnectorInput): Promise<Connector> {
    const entry = this.entries.get(id);
    if (entry === undefined) throw new AppError('NOT_FOUND', `no connector ${id}`);
    await entry.runner.stop();
    this.entries.delete(id);
    await this.save(id, input);
    this.add(id, input);
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (entry === undefined) throw new AppError('NOT_FOUND', `no connector ${id}`);
    await entry.runner.stop();
    this.entries.delete(id);
    await this.options.database.run('DELETE FROM connectors WHERE id = ?', [id]);
  }

  /** The driver of a running connector (tests use it to find a bound port). */
  runner(id: string): ConnectorRunner | undefined {
    return this.entries.get(id)?.runner;
  }

  /** Connects once without storing anything: reports success and up to 20 sample points seen within `waitMs`. */
  async test(input: ConnectorInput, waitMs = 3000): Promise<ConnectorTestResult> {
    const sample: ConnectorTestResult['sample'] = [];
    let failure: unknown;
    let endpoint: string | undefined;
    const driver = createDriver('test', input, this.options.createDemoDriver);
    let wake: () => void = () => {};
    const woken = new Promise<void>((resolve) => {
      wake = resolve;
    });
    try {
      await driver.start({
        ingest: async (points) => {
          for (const point of points)
            if (sample.length < 20) sample.push({ tag: point.tagId, ts: point.ts, value: point.value });
          wake();
        },
        malformed: () => {},
        connected: (at) => {
          endpoint = at;
        },
        failed: (error) => {
          failure = error;
          wake();
        },
        now: () => this.options.clock.now(),
        log: this.options.log,
      });
      if (input.config.kind !== 'mqtt-broker' && failure === undefined && sample.length === 0) {
        await Promise.race([woken, new Promise((resolve) => setTimeout(resolve, waitMs))]);
      }
    } catch (error) {
      failure = error;
    } finally {
      await driver.stop().catch(() => undefined);
    }
    if (failure !== undefined) return { ok: false, message: errorMessage(failure), sample };
    return {
      ok: true,
      message: `connected to ${endpoint ?? 'source'}; ${sample.length} sample points`,
      sample,
    };
  }

  private add(id: string, input: ConnectorInput): void {
    const runner = new ConnectorRunner({
      id,
      input,
      createDriver: async (current) => createDriver(id, current, this.options.createDemoDriver),
      ingest: this.options.ingest,
      clock: this.options.clock,
      log: this.options.log,
      backoff: this.options.backoff,
      onStatus: (_id, state) => this.options.onState?.({ ...input, id, state }, state),
    });
    this.entries.set(id, { input, runner });
    if (input.enabled) void runner.start();
  }

  private async save(id: string, input: ConnectorInput): Promise<void> {
    await this.options.database.run(
      'INSERT OR REPLACE INTO connectors VALUES (?, ?, ?, ?, ?, ?, current_timestamp)',
      [id, input.name, input.config.kind, input.enabled, input.machine ?? null, JSON.stringify(input.config)],
    );
  }
}
