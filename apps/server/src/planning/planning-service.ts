/** The planning service: recomputes every SKU's plan on demand or (debounced) when its inputs change. */
import type { PlanRunRequest, PlanRunResult, PlanServiceTarget } from '@zhizao/contract';
import { type Clock, systemClock } from '@zhizao/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../storage/database.ts';
import { computePlan, guardFinite, type PlanRecord, type PlanSettings, problemPlan } from './compute-plan.ts';
import { dailyFromForecast, dailyFromHistory, MIN_HISTORY_DAYS } from './demand-model.ts';
import { readInputSignature } from './input-signature.ts';
import { checkItem, isProblem, type PlanItem } from './item-check.ts';
import { type PlanningInputs, readPlanningInputs } from './plan-inputs.ts';
import { readLastRun, writePlans, writeRun } from './plan-store.ts';

/** The logger the service writes to (the app's pino logger fits). */
export type PlanningLogger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

/** Construction options; only `database` and `logger` are required. */
export interface PlanningServiceOptions {
  readonly database: Database;
  readonly logger: PlanningLogger;
  readonly clock?: Clock;
  /** Wait after the last change before recomputing (default 2 s). */
  readonly debounceMs?: number;
  /** Days of projected stock (default 56). */
  readonly horizonDays?: number;
  /** Simulation paths per SKU (default 200). */
  readonly paths?: number;
  /** Days of demand one order covers before MOQ/pack rounding (default 14). */
  readonly cycleDays?: number;
  /** Checks the input signature this often and recomputes when it changed (default 30 s; 0 = never). */
  readonly pollMs?: number;
}

/** The running service. */
export interface PlanningService {
  readonly database: Database;
  /** Plans everything once (when nothing is stored yet) and starts listening for changes. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Call when forecasts, sales, stock or items change; a recompute follows after the debounce. */
  notifyChanged(): void;
  /** Recomputes every plan now, with a new target and lead-time CV if given. */
  run(request?: PlanRunRequest): Promise<PlanRunResult>;
  /** The target and lead-time CV plans are computed with. */
  settings(): { target: PlanServiceTarget; leadTimeCv: number };
  /** "Today" as YYYY-MM-DD by the service clock. */
  today(): string;
  /** Resolves when no run is pending or in progress. */
  idle(): Promise<void>;
}

/** The default target: 95% fill rate. */
export const DEFAULT_TARGET: PlanServiceTarget = { kind: 'fill-rate', level: 0.95 };

function planSku(item: PlanItem, inputs: PlanningInputs, settings: PlanSettings): PlanRecord {
  const checked = checkItem(item);
  if (isProblem(checked)) return problemPlan(item, settings, checked);
  const days = Math.max(settings.horizonDays, checked.leadTimeDays + 1);
  const forecast = inputs.forecasts.get(item.sku);
  if (forecast !== undefined && forecast.points.length > 0) {
    const stale = forecast.firstDay < settings.today;
    return computePlan(checked, dailyFromForecast(forecast.points, days), {
      settings,
      fingerprint: forecast.fingerprint,
      note: stale ? 'forecast ends before today; its days were used from the first forecast day' : null,
    });
  }
  const history = inputs.sales.get(item.sku);
  if (history === undefined || history.length < MIN_HISTORY_DAYS)
    return problemPlan(item, settings, {
      field: 'forecast',
      message: `SKU ${item.sku}: no forecast and ${history?.length ?? 0} days of sales history (need ${MIN_HISTORY_DAYS})`,
    });
  return computePlan(checked, dailyFromHistory(history, days), {
    settings,
    fingerprint: null,
    note: `no forecast: lead-time demand is empirical, from ${history.length} days of sales history`,
  });
}

/** Plans one SKU; a failure stays with that SKU as a plan problem instead of stopping the run. */
function planOne(item: PlanItem, inputs: PlanningInputs, settings: PlanSettings): PlanRecord {
  try {
    return guardFinite(planSku(item, inputs, settings), item, settings);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return problemPlan(item, settings, { field: 'plan', message: `SKU ${item.sku}: ${message}` });
  }
}

/** Creates the service; call `start()` to plan and listen. */
export function createPlanningService(options: PlanningServiceOptions): PlanningService {
  const { database, logger } = options;
  const clock = options.clock ?? systemClock;
  const debounceMs = options.debounceMs ?? 2000;
  let target = DEFAULT_TARGET;
  let leadTimeCv = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let poller: ReturnType<typeof setInterval> | undefined;
  let signature: string | null = null;

  const todayDay = (): number => Math.floor(clock.now() / 86_400_000);

  async function recompute(): Promise<PlanRunResult> {
    const started = performance.now();
    const computedAt = clock.now();
    const settings: PlanSettings = {
      target,
      leadTimeCv,
      cycleDays: options.cycleDays ?? 14,
      horizonDays: options.horizonDays ?? 56,
      paths: options.paths ?? 200,
      today: todayDay(),
      computedAt,
    };
    signature = await readInputSignature(database);
    const inputs = await readPlanningInputs(database, settings.today);
    const records = inputs.items.map((item) => planOne(item, inputs, settings));
    await writePlans(database, records, { computedAt, replaceAll: true });
    const result: PlanRunResult = {
      target,
      skus: records.length,
      problems: records.filter((record) => record.plan.status === 'problem').length,
      milliseconds: Math.round(performance.now() - started),
      finishedAt: new Date(clock.now()).toISOString(),
    };
    await writeRun(database, { ...result, leadTimeCv, finishedAtMs: clock.now() });
    logger.info(result, 'planning run finished');
    return result;
  }

  function enqueue(): Promise<PlanRunResult> {
    const next = chain.then(recompute);
    chain = next.catch((error: unknown) => logger.error({ err: error }, 'planning run failed'));
    return next;
  }

  function notifyChanged(): void {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void enqueue().catch(() => undefined);
    }, debounceMs);
  }

  return {
    database,
    async start() {
      const last = await readLastRun(database);
      if (last !== null) ({ target, leadTimeCv } = last);
      else await enqueue();
      const pollMs = options.pollMs ?? 30_000;
      if (pollMs > 0 && !stopped) {
        poller = setInterval(() => {
          readInputSignature(database).then(
            (current) => {
              if (current !== signature && timer === undefined) notifyChanged();
            },
            (error: unknown) => logger.warn({ err: error }, 'planning input check failed'),
          );
        }, pollMs);
        poller.unref();
      }
    },
    async stop() {
      stopped = true;
      if (poller !== undefined) clearInterval(poller);
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await chain;
    },
    notifyChanged,
    run(request = {}) {
      if (request.target !== undefined) target = request.target;
      if (request.leadTimeCv !== undefined) leadTimeCv = request.leadTimeCv;
      return enqueue();
    },
    settings: () => ({ target, leadTimeCv }),
    today: () => new Date(todayDay() * 86_400_000).toISOString().slice(0, 10),
    async idle() {
      while (timer !== undefined) await new Promise((resolve) => setTimeout(resolve, 5));
      await chain;
    },
  };
}
