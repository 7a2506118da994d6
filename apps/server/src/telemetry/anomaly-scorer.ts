/** Scores every stored point with a per-tag streaming detector from @zhizao/monitor, on a worker thread, in order. */
import { Worker } from 'node:worker_threads';
import { invariant } from '@zhizao/core';
import { createAnomalyDetector } from '@zhizao/monitor';
import type { ScoringReply, ScoringRequest } from './scoring-worker.ts';
import { type ScoreBatch, TagScoring, type TagScoringSettings } from './tag-scoring.ts';
import type { TelemetryPoint } from './telemetry-point.ts';

/** Options of {@link AnomalyScorer}. */
export interface AnomalyScorerOptions extends TagScoringSettings {
  /** Score on a worker thread (default true); `false` scores synchronously inside `submit`. */
  readonly thread?: boolean | undefined;
  /** The scoring thread died; scoring goes on in this thread with fresh detectors (they learn again). */
  readonly onThreadError?: ((error: unknown) => void) | undefined;
}

/** The latest score of a tag. */
export interface TagScore {
  readonly ts: number;
  readonly score: number;
}

/** Receives the scores of a submitted batch, one per point in the same order. */
export type ScoresCallback = (scores: Float64Array) => void;

interface PendingBatch {
  readonly id: number;
  readonly points: readonly TelemetryPoint[];
  readonly done: ScoresCallback;
}

interface Waiter {
  readonly limit: number;
  readonly resolve: () => void;
}

const WORKER_URL = new URL('./scoring-worker.ts', import.meta.url);

/** Starts the scoring thread; from .ts sources it registers tsx first (Node 20 does not apply `--import` to a worker's entry). */
function startWorker(settings: TagScoringSettings): Worker {
  const workerData = { settings: { detectors: settings.detectors, learningPeriod: settings.learningPeriod } };
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, { workerData });
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(WORKER_URL.href);
  return new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${entry}); })`, {
    eval: true,
    workerData,
  });
}

/**
 * Scores batches on one worker thread, so the detectors' CPU time runs beside the event loop that
 * receives, maps and stores points. Batches travel as transferred typed arrays and are scored in
 * submission order, so every tag's points are scored in order and each callback runs in that order.
 */
export class AnomalyScorer {
  private readonly tagIndex = new Map<string, number>();
  private latestTimes = new Float64Array(64);
  private latestScores = new Float64Array(64).fill(Number.NaN);
  private worker: Worker | undefined;
  private inline: TagScoring | undefined;
  private readonly pending: PendingBatch[] = [];
  private pendingPointCount = 0;
  private waiters: Waiter[] = [];
  private readonly heapRequests = new Map<number, (reply: { usedBytes: number; tags: number }) => void>();
  private nextId = 1;
  private closing = false;

  /** The thread starts with the first batch: a server that never ingests never pays for it. */
  constructor(private readonly options: AnomalyScorerOptions = {}) {
    // Bad settings throw here (AppError naming the setting), not later inside the scoring thread.
    createAnomalyDetector({ tags: 1, detectors: options.detectors, learningPeriod: options.learningPeriod });
    if (!(options.thread ?? true)) this.inline = new TagScoring(options);
  }

  /** Points submitted and not yet scored. */
  get pendingPoints(): number {
    return this.pendingPointCount;
  }

  /** Number of tags seen. */
  get tagCount(): number {
    return this.tagIndex.size;
  }

  /** Whether scoring runs on the worker thread (false after it failed or with `thread: false`). */
  get threaded(): boolean {
    return this.inline === undefined;
  }

  /** Scores a batch; `done` gets its scores after every earlier batch's `done` (synchronously without a thread). */
  submit(points: readonly TelemetryPoint[], done: ScoresCallback): void {
    if (points.length === 0) {
      done(new Float64Array(0));
      return;
    }
    const batch = this.columns(points);
    if (this.inline === undefined && this.worker === undefined && !this.closing) this.worker = this.spawn();
    const worker = this.worker;
    if (worker === undefined) {
      done(this.scoreInline(batch));
      return;
    }
    const id = this.nextId++;
    this.pending.push({ id, points, done });
    this.pendingPointCount += points.length;
    worker.ref();
    const request: ScoringRequest = { type: 'score', id, ...batch };
    worker.postMessage(request, [batch.tags.buffer, batch.times.buffer, batch.values.buffer]);
  }

  /** Resolves once at most `limit` submitted points wait for their scores. */
  whenBelow(limit: number): Promise<void> {
    if (this.pendingPointCount <= limit) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ limit, resolve }));
  }

  /** Resolves once every submitted batch is scored and its callback has run. */
  idle(): Promise<void> {
    return this.whenBelow(0);
  }

  /** Scores what is pending, then stops the thread. */
  async close(): Promise<void> {
    await this.idle();
    this.closing = true;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  /** Latest score of a tag, if it was scored. */
  latestOf(tagId: string): TagScore | undefined {
    const index = this.tagIndex.get(tagId);
    if (index === undefined) return undefined;
    const score = this.latestScores[index]!;
    return Number.isNaN(score) ? undefined : { ts: this.latestTimes[index]!, score };
  }

  /** Heap of the scoring thread after a full collection, in bytes (0 without a thread: it is this thread's heap). */
  async threadHeapBytes(): Promise<number> {
    const worker = this.worker;
    if (worker === undefined) return 0;
    const id = this.nextId++;
    const reply = new Promise<{ usedBytes: number }>((resolve) => this.heapRequests.set(id, resolve));
    worker.ref();
    const request: ScoringRequest = { type: 'heap', id };
    worker.postMessage(request);
    return (await reply).usedBytes;
  }

  private spawn(): Worker {
    const worker = startWorker(this.options);
    worker.on('message', (reply: ScoringReply) => this.received(reply));
    worker.on('error', (error) => this.threadFailed(worker, error));
    worker.on('exit', (code) => {
      if (!this.closing) this.threadFailed(worker, new Error(`scoring thread exited with code ${code}`));
    });
    worker.unref();
    return worker;
  }

  private received(reply: ScoringReply): void {
    if (reply.type === 'heap') {
      this.heapRequests.get(reply.id)?.(reply);
      this.heapRequests.delete(reply.id);
    } else {
      const batch = this.pending.shift();
      invariant(batch !== undefined && batch.id === reply.id, 'scores arrive in submission order');
      this.pendingPointCount -= batch.points.length;
      // The thread sends the batch's own columns back with the scores: no lookup by tag name here.
      this.remember(reply.tags, reply.times, reply.scores);
      this.settled();
      batch.done(reply.scores);
    }
    if (this.pending.length === 0 && this.heapRequests.size === 0) this.worker?.unref();
  }

  /** Falls back to scoring here; batches the thread did not answer are scored again, in order. */
  private threadFailed(worker: Worker, error: unknown): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    void worker.terminate();
    this.inline = new TagScoring(this.options);
    this.options.onThreadError?.(error);
    for (const [, resolve] of this.heapRequests) resolve({ usedBytes: 0, tags: 0 });
    this.heapRequests.clear();
    const batches = this.pending.splice(0);
    for (const batch of batches) {
      this.pendingPointCount -= batch.points.length;
      batch.done(this.scoreInline(this.columns(batch.points)));
    }
    this.settled();
  }

  private scoreInline(batch: ScoreBatch): Float64Array {
    // Also after `close` (nothing should submit then, but a late batch is still scored).
    this.inline ??= new TagScoring(this.options);
    const scores = this.inline.score(batch);
    this.remember(batch.tags, batch.times, scores);
    return scores;
  }

  private settled(): void {
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((waiter) => this.pendingPointCount <= waiter.limit);
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => this.pendingPointCount > waiter.limit);
    for (const waiter of ready) waiter.resolve();
  }

  private columns(points: readonly TelemetryPoint[]): ScoreBatch {
    const count = points.length;
    const tags = new Int32Array(count);
    const times = new Float64Array(count);
    const values = new Float64Array(count);
    const tagIndex = this.tagIndex;
    for (let i = 0; i < count; i++) {
      const point = points[i]!;
      let index = tagIndex.get(point.tagId);
      if (index === undefined) {
        index = tagIndex.size;
        tagIndex.set(point.tagId, index);
      }
      tags[i] = index;
      times[i] = point.ts;
      values[i] = point.value;
    }
    this.reserve(tagIndex.size);
    return { tags, times, values };
  }

  private reserve(size: number): void {
    if (size <= this.latestScores.length) return;
    let capacity = this.latestScores.length;
    while (capacity < size) capacity *= 2;
    const times = new Float64Array(capacity);
    const scores = new Float64Array(capacity).fill(Number.NaN);
    times.set(this.latestTimes);
    scores.set(this.latestScores);
    this.latestTimes = times;
    this.latestScores = scores;
  }

  private remember(tags: Int32Array, times: Float64Array, scores: Float64Array): void {
    const latestTimes = this.latestTimes;
    const latestScores = this.latestScores;
    for (let i = 0; i < tags.length; i++) {
      const index = tags[i]!;
      latestTimes[index] = times[i]!;
      latestScores[index] = scores[i]!;
    }
  }
}
