/** Collects points into batches and commits one batch at a time; a point's promise settles when its batch is stored. */
import type { TelemetryPoint } from './telemetry-point.ts';

/** Options of {@link IngestBuffer}. */
export interface IngestBufferOptions {
  /** Stores one batch durably (one transaction); throwing fails every point of the batch. */
  readonly commit: (points: readonly TelemetryPoint[]) => Promise<void>;
  /** Called after a batch is committed, before the writers' promises resolve. */
  readonly onCommitted?: ((points: readonly TelemetryPoint[]) => void) | undefined;
  /** A batch is committed at the latest this long after its first point arrived (default 50 ms). */
  readonly maxDelayMs?: number | undefined;
  /** ... or as soon as it holds this many points (default 20,000). */
  readonly maxPoints?: number | undefined;
  /** Points waiting beyond this are refused, so a stalled store cannot exhaust memory (default 2,000,000). */
  readonly maxPending?: number | undefined;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/** Why {@link IngestBuffer.add} refused points. */
export class IngestOverloadError extends Error {}

/**
 * Batches points for the store. Acknowledge a point to its sender only after `add` resolves: the batch
 * holding it is then committed, so an acknowledged point survives a crash (kill -9) of the server.
 */
export class IngestBuffer {
  private pending: TelemetryPoint[] = [];
  private waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private committing: Promise<void> | undefined;
  private closed = false;
  private readonly maxDelayMs: number;
  private readonly maxPoints: number;
  private readonly maxPending: number;

  constructor(private readonly options: IngestBufferOptions) {
    this.maxDelayMs = options.maxDelayMs ?? 50;
    this.maxPoints = options.maxPoints ?? 20_000;
    this.maxPending = options.maxPending ?? 2_000_000;
  }

  /** Points waiting for the next commit. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** Queues points; resolves once they are committed, rejects when their batch failed or the buffer is full/closed. */
  add(points: readonly TelemetryPoint[]): Promise<void> {
    if (points.length === 0) return Promise.resolve();
    if (this.closed) return Promise.reject(new IngestOverloadError('ingest is stopped'));
    if (this.pending.length + points.length > this.maxPending) {
      return Promise.reject(
        new IngestOverloadError(`ingest is overloaded: ${this.pending.length} points waiting`),
      );
    }
    for (const point of points) this.pending.push(point);
    const promise = new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
    });
    if (this.pending.length >= this.maxPoints) this.kick();
    else if (this.timer === undefined) this.timer = setTimeout(() => this.kick(), this.maxDelayMs);
    return promise;
  }

  /** Commits everything queued so far and waits for it. */
  async flush(): Promise<void> {
    while (this.pending.length > 0 || this.committing !== undefined) {
      if (this.committing === undefined) this.kick();
      await this.committing?.catch(() => undefined);
    }
  }

  /** Flushes, then refuses new points. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }

  private kick(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.committing !== undefined || this.pending.length === 0) return;
    const points = this.pending;
    const waiters = this.waiters;
    this.pending = [];
    this.waiters = [];
    this.committing = this.commitBatch(points, waiters).finally(() => {
      this.committing = undefined;
      if (this.pending.length >= this.maxPoints) this.kick();
      else if (this.pending.length > 0 && this.timer === undefined) {
        this.timer = setTimeout(() => this.kick(), this.maxDelayMs);
      }
    });
  }

  private async commitBatch(points: TelemetryPoint[], waiters: Waiter[]): Promise<void> {
    try {
      await this.options.commit(points);
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error);
      return;
    }
    try {
      this.options.onCommitted?.(points);
    } finally {
      for (const waiter of waiters) waiter.resolve();
    }
  }
}
