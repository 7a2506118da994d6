/** Background forecasting of every SKU: incremental by data fingerprint, parallel on worker threads, cancellable. */
import { availableParallelism } from 'node:os';
import type { ForecastStatus } from '@zhizao/contract';
import { type Clock, isAppError, systemClock } from '@zhizao/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../storage/database.ts';
import { type DailySeries, readPortfolio } from './daily-series.ts';
import { classifyDemand } from './demand-class.ts';
import type { ForecastJob } from './forecast-job.ts';
import { pruneForecasts, readStoredFingerprints, writeForecast } from './forecast-store.ts';
import { promotionDays } from './job-regressors.ts';
import { WorkerPool } from './worker-pool.ts';

/** The logger the service writes to (the app's pino logger fits). */
export type ForecastLogger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

/** Options of `createForecastService`. */
export interface ForecastServiceOptions {
  readonly database: Database;
  readonly logger: ForecastLogger;
  /** Worker threads (default: cores − 1, at least 1). */
  readonly workers?: number;
  /** Days forecast ahead (default 90). */
  readonly horizon?: number;
  /** Days ahead scored per backtest origin (default 28) and number of origins (default 3). */
  readonly backtestHorizon?: number;
  readonly backtestOrigins?: number;
  /** Worker threads are stopped after this long without a run (default 60 s). */
  readonly poolIdleMs?: number;
  /**
   * Include AutoARIMA in the combination. Default false: on 3-year daily demo series it added 0.7–1.8 s
   * of CPU per fit (0.05–0.4 s without), and 8 s on a 70-day series; every SKU is fitted 4 times.
   */
  readonly arima?: boolean;
  /**
   * Estimate holiday (Chinese calendar) and promotion effects around the model, with planned promotions
   * applied ahead. Default true; false fits the model to the raw series as before.
   */
  readonly regressors?: boolean;
  /** Wait after `notifySalesChanged` before re-forecasting, so a burst of imports runs once (default 2000 ms). */
  readonly debounceMs?: number;
  readonly clock?: Clock;
  /** Called with the status whenever a stage starts or a SKU finishes (e.g. to push progress to clients). */
  readonly onProgress?: (status: ForecastStatus) => void;
}

/** What to forecast in one run. */
export interface RunRequest {
  /** Refit every SKU even when its data fingerprint is unchanged. */
  readonly force?: boolean;
  /** Restrict the run to these SKUs. */
  readonly skus?: readonly string[];
}

/** The forecasting service the server holds for its lifetime. */
export interface ForecastService {
  /** Starts the cheap fingerprint check in the background: SKUs whose data changed are re-forecast. */
  start(): void;
  /** Cancels any run and waits for it to end. */
  stop(): Promise<void>;
  status(): ForecastStatus;
  /** Starts a run now; when one is going, queues this one after it and answers false. */
  run(request?: RunRequest): boolean;
  /** Cancels the current run (finished SKUs stay stored). True when a run was going. */
  cancel(): Promise<boolean>;
  /** Call after sales were imported or changed: re-forecasts what changed, after a short debounce. */
  notifySalesChanged(): void;
  /** Resolves when no run is going or queued (for tests and shutdown). */
  idle(): Promise<void>;
  readonly horizon: number;
}

interface Progress {
  startedAt: number;
  done: number;
  total: number;
  failed: number;
  stage: string;
  cancelling: boolean;
}

/** Creates the service; nothing runs until `start`, `run` or `notifySalesChanged`. */
export function createForecastService(options: ForecastServiceOptions): ForecastService {
  const { database, logger } = options;
  const clock = options.clock ?? systemClock;
  const workers = options.workers ?? Math.max(1, availableParallelism() - 1);
  const horizon = options.horizon ?? 90;
  const backtestHorizon = options.backtestHorizon ?? 28;
  const backtestOrigins = options.backtestOrigins ?? 3;
  const debounceMs = options.debounceMs ?? 2000;
  const arima = options.arima ?? false;
  const regressors = options.regressors ?? true;
  const poolIdleMs = options.poolIdleMs ?? 60_000;
  let progress: Progress | undefined;
  // Workers are kept between runs (starting one costs seconds from .ts sources) and released when idle.
  let pool: WorkerPool | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let queued: RunRequest | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lastRun: ForecastStatus['lastRun'] = null;

  const iso = (ms: number): string => new Date(ms).toISOString();

  async function execute(request: RunRequest, state: Progress): Promise<number> {
    state.stage = 'reading sales';
    const portfolio = await readPortfolio(database);
    const stored = await readStoredFingerprints(database);
    await pruneForecasts(database, new Set(portfolio.series.map((entry) => entry.sku)));
    const only = request.skus ? new Set(request.skus) : undefined;
    const todo = portfolio.series.filter((entry) => {
      if (only && !only.has(entry.sku)) return false;
      const previous = stored.get(entry.sku);
      return (
        request.force === true || previous?.fingerprint !== entry.fingerprint || previous.horizon !== horizon
      );
    });
    const upToDate =
      (only ? portfolio.series.filter((entry) => only.has(entry.sku)).length : portfolio.series.length) -
      todo.length;
    state.total = todo.length;
    state.stage = todo.length > 0 ? 'forecasting' : 'up to date';
    report();
    if (todo.length === 0 || state.cancelling) return upToDate;
    if (idleTimer) clearTimeout(idleTimer);
    const activePool = pool ?? new WorkerPool(workers);
    pool = activePool;
    let writes = Promise.resolve();
    try {
      await Promise.all(
        todo.map((series) =>
          forecastOne(activePool, series, state).then((write) => {
            writes = writes.then(write);
            return writes;
          }),
        ),
      );
    } finally {
      await writes.catch(() => undefined);
      releaseWhenIdle();
    }
    return upToDate;
  }

  /** Forecasts one SKU on the pool; resolves with its (serialised) store write, or a no-op when it failed. */
  async function forecastOne(
    activePool: WorkerPool,
    series: DailySeries,
    state: Progress,
  ): Promise<() => Promise<void>> {
    const job: ForecastJob = {
      sku: series.sku,
      startDay: series.startDay,
      values: series.values,
      horizon,
      backtestHorizon,
      backtestOrigins,
      arima,
      regressors,
      promotion: promotionDays(series, horizon),
    };
    try {
      const result = await activePool.run(job);
      const demand = classifyDemand(series.values);
      return async () => {
        await writeForecast(database, { series, demand, result, horizon, createdAt: clock.now() });
        state.done += 1;
        report();
      };
    } catch (error: unknown) {
      if (isAppError(error) && error.code === 'CANCELLED') return async () => undefined;
      state.failed += 1;
      state.done += 1;
      report();
      logger.warn({ sku: series.sku, err: error }, 'forecast failed');
      return async () => undefined;
    }
  }

  function status(): ForecastStatus {
    const state = progress;
    const elapsed = state ? (clock.now() - state.startedAt) / 1000 : 0;
    const rate = state && state.done > 0 && elapsed > 0 ? state.done / elapsed : null;
    return {
      state: state ? (state.cancelling ? 'cancelling' : 'running') : 'idle',
      stage: state?.stage ?? 'idle',
      done: state?.done ?? 0,
      total: state?.total ?? 0,
      failed: state?.failed ?? 0,
      startedAt: state ? iso(state.startedAt) : null,
      etaSeconds: state && rate ? (state.total - state.done) / rate : null,
      skusPerSecond: rate,
      workers,
      pending: queued !== undefined,
      lastRun,
    };
  }

  function report(): void {
    options.onProgress?.(status());
  }

  function releaseWhenIdle(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      if (running) return;
      void terminatePool();
    }, poolIdleMs);
    idleTimer.unref?.();
  }

  async function terminatePool(): Promise<void> {
    const current = pool;
    pool = undefined;
    await current?.terminate();
  }

  function launch(request: RunRequest): void {
    const state: Progress = {
      startedAt: clock.now(),
      done: 0,
      total: 0,
      failed: 0,
      stage: 'starting',
      cancelling: false,
    };
    progress = state;
    logger.info({ force: request.force === true, skus: request.skus?.length }, 'forecast run started');
    running = execute(request, state)
      .then(
        (upToDate) => ({ upToDate, error: null }),
        (error: unknown) => {
          logger.error({ err: error }, 'forecast run failed');
          return { upToDate: 0, error: error instanceof Error ? error.message : String(error) };
        },
      )
      .then(({ upToDate, error }) => {
        const finished = clock.now();
        const seconds = (finished - state.startedAt) / 1000;
        const forecasted = state.done - state.failed;
        lastRun = {
          startedAt: iso(state.startedAt),
          finishedAt: iso(finished),
          forecasted,
          failed: state.failed,
          upToDate,
          cancelled: state.cancelling,
          seconds,
          skusPerSecond: seconds > 0 && forecasted > 0 ? forecasted / seconds : null,
          error,
        };
        logger.info(lastRun, 'forecast run finished');
        progress = undefined;
        running = undefined;
        const next = queued;
        queued = undefined;
        if (next && !stopped) launch(next);
      });
  }

  function run(request: RunRequest = {}): boolean {
    if (stopped) return false;
    if (running) {
      queued = mergeRequests(queued, request);
      return false;
    }
    launch(request);
    return true;
  }

  async function cancel(): Promise<boolean> {
    queued = undefined;
    const state = progress;
    if (!state || !running) return false;
    state.cancelling = true;
    state.stage = 'cancelling';
    await terminatePool();
    await running;
    return true;
  }

  return {
    horizon,
    start() {
      run({});
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (idleTimer) clearTimeout(idleTimer);
      await cancel();
      await terminatePool();
    },
    status,
    run,
    cancel,
    notifySalesChanged() {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        run({});
      }, debounceMs);
      timer.unref?.();
    },
    async idle() {
      while (running || timer) {
        if (running) await running;
        else await new Promise((resolve) => setTimeout(resolve, Math.max(5, debounceMs)));
      }
    },
  };
}

/** Two queued requests become one: forced if either was, all SKUs if either asked for all. */
function mergeRequests(a: RunRequest | undefined, b: RunRequest): RunRequest {
  if (!a) return b;
  const force = a.force === true || b.force === true;
  if (!a.skus || !b.skus) return { force };
  return { force, skus: [...new Set([...a.skus, ...b.skus])] };
}
