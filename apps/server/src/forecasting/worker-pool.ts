/** A fixed-size pool of forecasting worker threads: jobs queue, idle workers take them, terminate cancels. */
import { Worker } from 'node:worker_threads';
import { AppError } from '@zhizao/core';
import type { ForecastJob, ForecastJobResult } from './forecast-job.ts';
import type { WorkerReply } from './forecast-worker.ts';

const WORKER_URL = new URL('./forecast-worker.ts', import.meta.url);

/**
 * Starts one worker. From .ts sources the worker registers tsx's loader before importing the entry:
 * Node 20 does not apply `execArgv: ['--import', 'tsx']` to a worker's own entry module.
 */
function startWorker(): Worker {
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL);
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(WORKER_URL.href);
  return new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${entry}); })`, {
    eval: true,
  });
}

interface Task {
  readonly id: number;
  readonly job: ForecastJob;
  resolve(result: ForecastJobResult): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  task: Task | undefined;
}

/** Runs `ForecastJob`s on up to `size` worker threads, started on first use. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly size: number) {
    if (!Number.isInteger(size) || size < 1) {
      throw new AppError('INVALID_INPUT', `worker pool size must be a positive integer, got ${size}`);
    }
  }

  /** Queues a job; resolves with its result, rejects when the job throws or the pool is terminated. */
  run(job: ForecastJob): Promise<ForecastJobResult> {
    if (this.closed) return Promise.reject(new AppError('CANCELLED', 'the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker now; queued and running jobs reject with CANCELLED. */
  async terminate(): Promise<void> {
    this.closed = true;
    const cancelled = new AppError('CANCELLED', 'forecasting was cancelled');
    for (const task of this.queue.splice(0)) task.reject(cancelled);
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.task?.reject(cancelled);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => candidate.task === undefined) ?? this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      // The series buffer is copied, not transferred: callers may keep using their arrays.
      slot.worker.postMessage({ id: task.id, job: task.job });
    }
  }

  private spawn(): Slot | undefined {
    if (this.slots.length >= this.size) return undefined;
    const worker = startWorker();
    const slot: Slot = { worker, task: undefined };
    worker.on('message', (reply: WorkerReply) => {
      const task = slot.task;
      slot.task = undefined;
      if (task && task.id === reply.id) {
        if (reply.ok) task.resolve(reply.result);
        else task.reject(new Error(`forecast of ${task.job.sku} failed: ${reply.error}`));
      }
      this.dispatch();
    });
    const fail = (error: Error): void => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.task?.reject(error);
      slot.task = undefined;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`forecast worker exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }
}
