/** The "demo" connector: the demo plant's machines report live simulated values (from @zhizao/demo) once a second. */
import type { ConnectorConfig } from '@zhizao/contract';
import { createDemoTelemetry, type DemoTelemetry } from '@zhizao/demo';
import type { Database } from '../storage/database.ts';
import type { TelemetryPoint } from '../telemetry/telemetry-point.ts';
import type { ConnectorDriver, ConnectorSink } from './connector-driver.ts';

type DemoConfig = Extract<ConnectorConfig, { kind: 'demo' }>;

const DAY_MS = 86_400_000;
/** The demo tags are re-read this often, so seeding or removing the demo is noticed. */
const REFRESH_MS = 5000;

/**
 * Continues the seeded history live: the simulation is anchored at the first stored demo point, so
 * live values join the history without a jump. Emits nothing while no demo plant is in the store.
 */
export class DemoDriver implements ConnectorDriver {
  private timer: NodeJS.Timeout | undefined;
  private tags: string[] = [];
  private telemetry: DemoTelemetry | undefined;
  private refreshedAt = Number.NEGATIVE_INFINITY;
  private lastSecond = 0;

  constructor(
    private readonly database: Database,
    private readonly config: DemoConfig,
  ) {}

  async start(sink: ConnectorSink): Promise<void> {
    await this.refresh(sink.now());
    sink.connected(`demo plant (${this.tags.length} tags)`);
    const tick = async (): Promise<void> => {
      try {
        const now = sink.now();
        if (now - this.refreshedAt >= REFRESH_MS) await this.refresh(now);
        const second = Math.floor(now / 1000) * 1000;
        if (this.telemetry !== undefined && second > this.lastSecond && this.tags.length > 0) {
          this.lastSecond = second;
          const points: TelemetryPoint[] = this.tags.map((tagId) => ({
            tagId,
            ts: second,
            value: this.telemetry!.liveValue(tagId, second),
          }));
          await sink.ingest(points);
        }
      } catch (error) {
        sink.failed(error);
        return;
      }
      this.timer = setTimeout(() => void tick(), this.config.intervalMs);
    };
    this.timer = setTimeout(() => void tick(), this.config.intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async refresh(now: number): Promise<void> {
    this.refreshedAt = now;
    const rows = await this.database.query<{ id: string }>('SELECT id FROM tags WHERE demo ORDER BY id');
    this.tags = rows.map((row) => row.id);
    if (this.tags.length === 0) {
      this.telemetry = undefined;
      return;
    }
    if (this.telemetry === undefined) {
      const first = await this.database.query<{ ms: number | null }>(
        'SELECT epoch_ms(min(ts)) AS ms FROM telemetry WHERE tag_id = ?',
        [this.tags[0] ?? ''],
      );
      const startMs = Math.floor((first[0]?.ms ?? now - 7 * DAY_MS) / 1000) * 1000;
      const days = Math.min(60, Math.max(1, Math.ceil((now - startMs) / DAY_MS)));
      this.telemetry = createDemoTelemetry({ startMs, days });
      const known = new Set(this.telemetry.tags.map((tag) => tag.id));
      this.tags = this.tags.filter((tag) => known.has(tag));
    }
  }
}
