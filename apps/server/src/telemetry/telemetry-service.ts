/** The telemetry service: ingest buffer → DuckDB, scoring, alarms, live stream, connectors, retention. */
import type { ConnectorInput, LiveEvent } from '@zhizao/contract';
import { AppError, type Clock, systemClock } from '@zhizao/core';
import type { DetectorName } from '@zhizao/monitor';
import { AlarmService } from '../alarms/alarm-service.ts';
import type { BackoffOptions } from '../connectors/backoff.ts';
import type { ConnectorDriver, TelemetryLogger } from '../connectors/connector-driver.ts';
import { ConnectorManager } from '../connectors/connector-manager.ts';
import { DemoDriver } from '../connectors/demo-driver.ts';
import type { Database } from '../storage/database.ts';
import { AnomalyScorer } from './anomaly-scorer.ts';
import { IngestBuffer } from './ingest-buffer.ts';
import { LiveHub } from './live-hub.ts';
import { enforceRetention } from './retention.ts';
import { TagRegistry } from './tag-registry.ts';
import type { TelemetryPoint } from './telemetry-point.ts';
import { writeBatch } from './telemetry-writer.ts';

/** Options of {@link createTelemetryService}. */
export interface TelemetryServiceOptions {
  readonly database: Database;
  readonly clock?: Clock | undefined;
  readonly logger: TelemetryLogger;
  /** Batching of the ingest buffer (defaults: 5 ms, 20,000 points). */
  readonly batch?: { readonly maxDelayMs?: number; readonly maxPoints?: number } | undefined;
  /** Anomaly detectors per tag (default `combined`); `false` turns scoring off. */
  readonly detectors?: readonly DetectorName[] | false | undefined;
  /** Score on a worker thread beside the event loop (default true); `false` scores inside the commit. */
  readonly scoringThread?: boolean | undefined;
  /** Reconnect backoff of every connector. */
  readonly backoff?: BackoffOptions | undefined;
  /** How often stale data and alarm minimum durations are checked (default 1000 ms). */
  readonly alarmTickMs?: number | undefined;
  /** How often retention runs (default hourly). */
  readonly retentionEveryMs?: number | undefined;
  /** Builds the driver of `demo` connectors (default: live values of the stored demo plant). */
  readonly createDemoDriver?: ((input: ConnectorInput) => ConnectorDriver) | undefined;
  /** Creates the "demo" connector on first start so demo machines stream live (default true). */
  readonly demoConnector?: boolean | undefined;
}

/** Id of the connector that streams the demo plant. */
export const DEMO_CONNECTOR_ID = 'demo';

/** Points of one machine kept per live event; the dashboard needs the shape, not every 1 kHz sample. */
const LIVE_POINTS_PER_EVENT = 500;

/**
 * Stored points that may wait for their scores; past this, commits wait for the scorer, so the ingest
 * buffer fills and refuses points instead of scores piling up in memory when scoring is the slower stage.
 */
const MAX_SCORING_BACKLOG = 60_000;

/** Everything telemetry: one instance per server. */
export class TelemetryService {
  readonly hub = new LiveHub();
  readonly registry = new TagRegistry();
  readonly alarms: AlarmService;
  readonly connectors: ConnectorManager;
  readonly scorer: AnomalyScorer | undefined;
  readonly clock: Clock;
  readonly database: Database;
  private readonly buffer: IngestBuffer;
  private retentionTimer: NodeJS.Timeout | undefined;
  /** Points stored since start. */
  stored = 0;

  constructor(private readonly options: TelemetryServiceOptions) {
    const { database, logger } = options;
    this.database = database;
    this.clock = options.clock ?? systemClock;
    this.scorer =
      options.detectors === false
        ? undefined
        : new AnomalyScorer({
            detectors: options.detectors,
            thread: options.scoringThread,
            onThreadError: (error) =>
              logger.error({ error: String(error) }, 'scoring thread failed; scoring on the main thread'),
          });
    this.buffer = new IngestBuffer({
      commit: async (points) => {
        const scorer = this.scorer;
        if (scorer !== undefined && scorer.pendingPoints > MAX_SCORING_BACKLOG) {
          await scorer.whenBelow(MAX_SCORING_BACKLOG / 2);
        }
        await writeBatch(database, this.registry, points);
      },
      onCommitted: (points) => this.committed(points),
      maxDelayMs: options.batch?.maxDelayMs ?? 5,
      maxPoints: options.batch?.maxPoints ?? 20_000,
    });
    this.alarms = new AlarmService({
      database,
      clock: this.clock,
      log: logger,
      machineOf: (tag) => this.registry.machineOf(tag),
      tickMs: options.alarmTickMs,
      onAlarm: (alarm) => this.hub.publish({ type: 'alarm', alarm }, alarm.machine ?? undefined),
    });
    this.connectors = new ConnectorManager({
      database,
      clock: this.clock,
      log: logger,
      ingest: (points) => this.ingest(points),
      backoff: options.backoff,
      onState: (connector, state) => this.alarms.connectorState(connector, state),
      createDemoDriver:
        options.createDemoDriver ??
        ((input) => {
          if (input.config.kind !== 'demo') throw new AppError('INVALID_INPUT', 'not a demo connector');
          return new DemoDriver(database, input.config);
        }),
    });
  }

  /** Loads tags, rules and connectors; starts connectors and retention. */
  async start(): Promise<void> {
    await this.registry.load(this.options.database);
    await this.alarms.start();
    await this.connectors.start();
    const hasDemo = this.connectors.list().some((connector) => connector.config.kind === 'demo');
    if ((this.options.demoConnector ?? true) && !hasDemo) {
      await this.connectors.create(
        { name: 'demo plant', enabled: true, config: { kind: 'demo', intervalMs: 1000 } },
        DEMO_CONNECTOR_ID,
      );
    }
    const every = this.options.retentionEveryMs ?? 3_600_000;
    this.retentionTimer = setInterval(() => void this.runRetention(), every);
  }

  /** Stops connectors, stores what is buffered, stops alarms. */
  async stop(): Promise<void> {
    if (this.retentionTimer !== undefined) clearInterval(this.retentionTimer);
    await this.connectors.stop();
    await this.buffer.close();
    await this.scorer?.close();
    await this.alarms.stop();
  }

  /** Queues points; resolves once they are committed (acknowledge senders only then). */
  ingest(points: readonly TelemetryPoint[]): Promise<void> {
    return this.buffer.add(points);
  }

  /** Commits everything queued, waits for its scores and alarm evaluation, then for alarm writes. */
  async flush(): Promise<void> {
    await this.buffer.flush();
    await this.scorer?.idle();
    await this.alarms.idle();
  }

  /** Deletes telemetry older than the retention setting. */
  async runRetention(): Promise<number> {
    try {
      const deleted = await enforceRetention(this.options.database, this.clock.now());
      if (deleted > 0) this.options.logger.info({ deleted }, 'telemetry retention deleted old points');
      return deleted;
    } catch (error) {
      this.options.logger.error({ error: String(error) }, 'telemetry retention failed');
      return 0;
    }
  }

  /** A batch is stored: score it (on the scoring thread), then evaluate alarms and publish, batch by batch in order. */
  private committed(points: readonly TelemetryPoint[]): void {
    this.stored += points.length;
    if (this.scorer === undefined) this.evaluate(points, undefined);
    else this.scorer.submit(points, (scores) => this.evaluate(points, scores));
  }

  private evaluate(points: readonly TelemetryPoint[], scores: Float64Array | undefined): void {
    try {
      this.alarms.observe(points, scores);
      if (this.hub.size > 0) this.publishLive(points, scores);
    } catch (error) {
      this.options.logger.error({ error: String(error) }, 'alarm evaluation failed for a stored batch');
    }
  }

  private publishLive(points: readonly TelemetryPoint[], scores: Float64Array | undefined): void {
    const byMachine = new Map<string, { points: LivePoint[]; scores: LiveScore[] }>();
    for (let i = 0; i < points.length; i++) {
      const point = points[i]!;
      const machine = this.registry.machineOf(point.tagId) ?? 'ingested';
      let group = byMachine.get(machine);
      if (group === undefined) {
        group = { points: [], scores: [] };
        byMachine.set(machine, group);
      }
      group.points.push({ tag: point.tagId, ts: point.ts, value: point.value });
      if (scores !== undefined) group.scores.push({ tag: point.tagId, ts: point.ts, score: scores[i]! });
    }
    for (const [machine, group] of byMachine) {
      this.hub.publish(
        { type: 'points', machine, points: group.points.slice(-LIVE_POINTS_PER_EVENT) },
        machine,
      );
      if (group.scores.length > 0) {
        this.hub.publish(
          { type: 'scores', machine, scores: group.scores.slice(-LIVE_POINTS_PER_EVENT) },
          machine,
        );
      }
    }
  }
}

type LivePoint = Extract<LiveEvent, { type: 'points' }>['points'][number];
type LiveScore = Extract<LiveEvent, { type: 'scores' }>['scores'][number];

/** Creates the service (not started: call `start()` after the schema is migrated). */
export async function createTelemetryService(options: TelemetryServiceOptions): Promise<TelemetryService> {
  return new TelemetryService(options);
}
