/** The demo plant in the store: seeded in the background on first start, marked as demo, removable in one step. */
import type { DemoStatus } from '@zhizao/contract';
import type { Database } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';
import { seedDemoPlant } from './seed-demo-plant.ts';

/** Setting that records a removed demo, so a restart does not bring it back. */
const DECLINED = 'demo.declined';

export interface DemoOptions {
  /** Days of 1 Hz telemetry to generate (default 7). */
  readonly telemetryDays?: number;
  /** Called after demo sales were written or removed (e.g. to re-forecast). */
  readonly onSalesChanged?: () => void;
}

export class DemoPlant {
  private running: Promise<void> | undefined;
  private progress = 1;
  private stage = 'idle';
  private cancelled = false;

  constructor(
    private readonly database: Database,
    private readonly options: DemoOptions = {},
  ) {}

  async isPresent(): Promise<boolean> {
    const rows = await this.database.query(
      'SELECT 1 FROM items WHERE demo UNION ALL SELECT 1 FROM machines WHERE demo LIMIT 1',
    );
    return rows.length > 0;
  }

  /** True when the store holds no data at all and the demo was never removed by a person. */
  async storeIsEmpty(): Promise<boolean> {
    if ((await readSetting(this.database, DECLINED)) === '1') return false;
    const rows = await this.database.query(
      'SELECT 1 FROM items UNION ALL SELECT 1 FROM sales UNION ALL SELECT 1 FROM machines LIMIT 1',
    );
    return rows.length === 0;
  }

  async status(): Promise<DemoStatus> {
    return { present: await this.isPresent(), progress: this.progress, stage: this.stage };
  }

  /** Starts seeding unless it is already running; progress shows in `status()`. */
  seedInBackground(): void {
    if (this.running) return;
    this.running = this.seed((fraction, stage) => {
      this.progress = fraction;
      this.stage = stage;
    })
      .catch((error: unknown) => {
        this.stage = `failed: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => {
        this.running = undefined;
        this.progress = 1;
      });
  }

  /** Seeds the demo plant, replacing any earlier demo data. */
  async seed(onProgress: (fraction: number, stage: string) => void = () => {}): Promise<void> {
    this.cancelled = false;
    this.progress = 0;
    await this.removeData();
    await writeSetting(this.database, DECLINED, '0');
    await seedDemoPlant(this.database, {
      telemetryDays: this.options.telemetryDays ?? 7,
      onProgress,
      onSalesWritten: () => this.options.onSalesChanged?.(),
      isCancelled: () => this.cancelled,
    });
    this.stage = 'done';
    onProgress(1, 'done');
  }

  /** Removes every demo row; data a person imported stays. */
  async remove(): Promise<void> {
    await this.stop();
    await this.removeData();
    await writeSetting(this.database, DECLINED, '1');
    this.options.onSalesChanged?.();
    this.stage = 'removed';
  }

  /** Cancels background seeding and waits for it to wind down. */
  async stop(): Promise<void> {
    this.cancelled = true;
    await this.running;
  }

  private async removeData(): Promise<void> {
    await this.database.transaction(async (session) => {
      await session.run('DELETE FROM telemetry WHERE tag_id IN (SELECT id FROM tags WHERE demo)');
      await session.run('DELETE FROM faults WHERE machine_id IN (SELECT id FROM machines WHERE demo)');
      await session.run('DELETE FROM tags WHERE demo');
      await session.run('DELETE FROM machines WHERE demo');
      await session.run('DELETE FROM lines WHERE demo');
      await session.run('DELETE FROM plants WHERE demo');
      await session.run('DELETE FROM sales WHERE demo');
      await session.run('DELETE FROM item_costs WHERE sku IN (SELECT sku FROM items WHERE demo)');
      await session.run('DELETE FROM items WHERE demo');
    });
  }
}
