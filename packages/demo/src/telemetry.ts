/** DEMO DATA: fast, column-oriented 1 Hz telemetry for every tag of the demo plant, with labelled faults. */
import { FIRST_DAY, LAST_DAY, MS_PER_DAY } from '@zhizao/calendar';
import { AppError } from '@zhizao/core';
import type { FaultRecord } from './faults.ts';
import { applyFault, scheduleFaults } from './faults.ts';
import { resolveSeed } from './items.ts';
import type { PlantNode, SimulatedTag, TagInfo } from './plant.ts';
import { demoPlant, simulatedTags } from './plant.ts';
import { DEFAULT_END_DAY } from './sales.ts';
import { sampleSignal } from './signal.ts';

/** Regularly sampled values of one tag: values[k] was measured at startMs + k·stepMs. */
export interface TelemetrySeries {
  readonly tagId: string;
  readonly startMs: number;
  readonly stepMs: number;
  readonly values: Float64Array;
}

/** Options for {@link createDemoTelemetry}. */
export interface DemoTelemetryOptions {
  /** 32-bit seed (default the demo seed). */
  readonly seed?: number;
  /** Start of the recorded history in epoch ms (default 2026-11-22 00:00 China time). */
  readonly startMs?: number;
  /** Days of recorded history in which faults are injected, 1–60 (default 7). */
  readonly days?: number;
}

/** Sampling options. */
export interface SampleOptions {
  /** Sampling step in ms, a whole number of seconds (default 1000 = 1 Hz). */
  readonly stepMs?: number;
}

/** The simulated plant's telemetry. Values are a pure function of (seed, tag, time). */
export interface DemoTelemetry {
  readonly plant: PlantNode;
  readonly tags: readonly TagInfo[];
  /** The recorded history window [startMs, endMs) in which the faults lie. */
  readonly startMs: number;
  readonly endMs: number;
  /** Ground truth of the injected faults, by start time. */
  faults(): FaultRecord[];
  /** Samples of one tag at every step in [fromMs, toMs), faults included. */
  generateTelemetry(tagId: string, fromMs: number, toMs: number, options?: SampleOptions): TelemetrySeries;
  /** The same samples in chunks of `chunkMs` (default one day), for streaming. */
  telemetryChunks(
    tagId: string,
    fromMs: number,
    toMs: number,
    options?: SampleOptions & { readonly chunkMs?: number },
  ): Iterable<TelemetrySeries>;
  /** The value a live sensor reports at `ms` (the 1 Hz sample at or before it); continues the history. */
  liveValue(tagId: string, ms: number): number;
  /** Live samples of several tags over [fromMs, toMs). */
  liveBatch(tagIds: readonly string[], fromMs: number, toMs: number): TelemetrySeries[];
}

/** 2026-11-22 00:00 China time: seven days before the default sales end day closes. */
const DEFAULT_START_MS = (DEFAULT_END_DAY - 6) * MS_PER_DAY - 8 * 3_600_000;
/** Earliest and latest instants served: the holiday tables with a day's margin for thermal history. */
const MIN_MS = (FIRST_DAY + 1) * MS_PER_DAY;
const MAX_MS = LAST_DAY * MS_PER_DAY;
/** At most this many samples in one call (about 46 days at 1 Hz); use telemetryChunks for more. */
const MAX_SAMPLES = 4_000_000;
/** At most this span in one call, whatever the step (machine state is kept per minute). */
const MAX_SPAN_MS = 400 * MS_PER_DAY;

function checkInstant(argument: string, ms: number): void {
  if (!Number.isSafeInteger(ms) || ms < MIN_MS || ms > MAX_MS) {
    throw new AppError(
      'INVALID_INPUT',
      `${argument} must be an integer epoch ms in ${MIN_MS}..${MAX_MS}, got ${ms}`,
    );
  }
}

function checkStep(stepMs: number): void {
  if (!Number.isSafeInteger(stepMs) || stepMs < 1000 || stepMs % 1000 !== 0) {
    throw new AppError(
      'INVALID_INPUT',
      `options.stepMs must be a positive whole number of seconds, got ${stepMs}`,
    );
  }
}

/**
 * DEMO: telemetry of the demo plant (22 machines, 97 tags). Generates a 7-day, 1 Hz history of every tag
 * (about 59 million values) in seconds, with faults injected at the times {@link DemoTelemetry.faults} lists.
 */
export function createDemoTelemetry(options: DemoTelemetryOptions = {}): DemoTelemetry {
  const seed = resolveSeed(options.seed);
  const startMs = options.startMs ?? DEFAULT_START_MS;
  const days = options.days ?? 7;
  if (!Number.isInteger(days) || days < 1 || days > 60) {
    throw new AppError('INVALID_INPUT', `options.days must be an integer in 1..60, got ${days}`);
  }
  checkInstant('options.startMs', startMs);
  const endMs = startMs + days * MS_PER_DAY;
  checkInstant('options.startMs + days', endMs);
  const simulated = simulatedTags();
  const byId = new Map<string, SimulatedTag>(simulated.map((t) => [t.info.id, t]));
  const faults = scheduleFaults(seed, simulated, { startMs, endMs });

  const find = (tagId: string): SimulatedTag => {
    const tag = byId.get(tagId);
    if (tag === undefined)
      throw new AppError('NOT_FOUND', `tagId ${JSON.stringify(tagId)} is not a demo tag`);
    return tag;
  };

  const sample = (tag: SimulatedTag, firstMs: number, count: number, stepMs: number): TelemetrySeries => {
    const grid = { firstSecond: firstMs / 1000, count, stepSeconds: stepMs / 1000 };
    const { values, speedAt } = sampleSignal(tag, seed, grid);
    const series = { tagId: tag.info.id, startMs: firstMs, stepMs, values };
    for (const fault of faults) {
      if (fault.tag !== tag.info.id || fault.endMs <= firstMs || fault.startMs >= firstMs + count * stepMs)
        continue;
      const stuckValue =
        fault.kind === 'stuck-sensor'
          ? sampleSignal(tag, seed, { firstSecond: fault.startMs / 1000, count: 1, stepSeconds: 1 })
              .values[0]!
          : 0;
      applyFault(fault, series, {
        speedAt,
        stuckValue,
        floor: tag.info.kind === 'temperature' ? -Infinity : 0,
      });
    }
    return series;
  };

  const generateTelemetry = (
    tagId: string,
    fromMs: number,
    toMs: number,
    sampleOptions: SampleOptions = {},
  ): TelemetrySeries => {
    const tag = find(tagId);
    const stepMs = sampleOptions.stepMs ?? 1000;
    checkStep(stepMs);
    checkInstant('fromMs', fromMs);
    checkInstant('toMs', toMs);
    if (toMs < fromMs)
      throw new AppError('INVALID_INPUT', `toMs (${toMs}) must not be before fromMs (${fromMs})`);
    if (toMs - fromMs > MAX_SPAN_MS) {
      throw new AppError(
        'INVALID_INPUT',
        `toMs − fromMs must be at most ${MAX_SPAN_MS} ms (400 days), got ${toMs - fromMs}`,
      );
    }
    const firstMs = Math.ceil(fromMs / stepMs) * stepMs;
    const count = Math.max(0, Math.ceil((toMs - firstMs) / stepMs));
    if (count > MAX_SAMPLES) {
      throw new AppError(
        'INVALID_INPUT',
        `[fromMs, toMs) holds ${count} samples, more than ${MAX_SAMPLES}; use chunks`,
      );
    }
    return sample(tag, firstMs, count, stepMs);
  };

  function* chunks(tagId: string, fromMs: number, toMs: number, stepMs: number, chunkMs: number) {
    for (let from = fromMs; from < toMs; from += chunkMs) {
      yield generateTelemetry(tagId, from, Math.min(toMs, from + chunkMs), { stepMs });
    }
  }

  return {
    plant: demoPlant(),
    tags: simulated.map((t) => t.info),
    startMs,
    endMs,
    faults: () => faults.map((f) => ({ ...f })),
    generateTelemetry,
    telemetryChunks: (tagId, fromMs, toMs, chunkOptions = {}) => {
      find(tagId);
      const stepMs = chunkOptions.stepMs ?? 1000;
      const chunkMs = chunkOptions.chunkMs ?? MS_PER_DAY;
      checkStep(stepMs);
      checkInstant('fromMs', fromMs);
      checkInstant('toMs', toMs);
      if (!Number.isSafeInteger(chunkMs) || chunkMs < stepMs || chunkMs % stepMs !== 0) {
        throw new AppError(
          'INVALID_INPUT',
          `options.chunkMs must be a positive multiple of stepMs, got ${chunkMs}`,
        );
      }
      const alignedFrom = Math.ceil(fromMs / stepMs) * stepMs;
      return { [Symbol.iterator]: () => chunks(tagId, alignedFrom, toMs, stepMs, chunkMs) };
    },
    liveValue: (tagId, ms) => {
      checkInstant('ms', ms);
      const second = Math.floor(ms / 1000) * 1000;
      return generateTelemetry(tagId, second, second + 1000).values[0]!;
    },
    liveBatch: (tagIds, fromMs, toMs) => tagIds.map((id) => generateTelemetry(id, fromMs, toMs)),
  };
}
