/** The colour-coded state of a machine, from its open alarms, latest anomaly scores and data age. */
import type { Alarm, LatestValues } from '@zhizao/contract';

/** Worst first: an open alarm outranks an anomaly, which outranks missing data. */
export type MachineState = 'alarm' | 'anomaly' | 'stale' | 'ok';

/** Thresholds of machineState. */
export interface MachineStateOptions {
  /** Now, epoch ms. */
  readonly now: number;
  /** A tag whose latest anomaly score reaches this counts as anomalous. */
  readonly anomalyScore: number;
  /** A machine whose newest point is older than this is stale. */
  readonly staleAfterMilliseconds: number;
}

/** Default thresholds: score 0.99, stale after 5 minutes. */
export const defaultStateThresholds = { anomalyScore: 0.99, staleAfterMilliseconds: 5 * 60_000 } as const;

/** The state of one machine; `latest` is null when its latest values could not be read. */
export function machineState(
  latest: LatestValues | null,
  openAlarms: readonly Alarm[],
  options: MachineStateOptions,
): MachineState {
  if (openAlarms.length > 0) return 'alarm';
  if (latest === null) return 'stale';
  if (latest.tags.some((tag) => tag.score !== null && tag.score >= options.anomalyScore)) return 'anomaly';
  const newest = Math.max(...latest.tags.map((tag) => tag.ts ?? Number.NEGATIVE_INFINITY));
  return options.now - newest > options.staleAfterMilliseconds ? 'stale' : 'ok';
}

/** The worst of several states (for a line or plant). */
export function worstState(states: readonly MachineState[]): MachineState | null {
  const order: readonly MachineState[] = ['alarm', 'anomaly', 'stale', 'ok'];
  for (const state of order) if (states.includes(state)) return state;
  return null;
}
