/** React hook that follows one machine's live telemetry over Server-Sent Events (GET /api/telemetry/stream). */
import type { LiveEvent } from '@zhizao/contract';
import { useEffect, useRef, useState } from 'react';

/** Points kept per tag; older ones are dropped (the bucketed history covers them). */
const maxPointsPerTag = 5_000;
/** Redraw at most this often, however fast points arrive. */
const renderMilliseconds = 500;

/** A time-stamped value, [epoch ms, value], as ECharts time series take it. */
export type TimedValue = readonly [number, number];

/** The live state of a machine. */
export interface LiveData {
  readonly connected: boolean;
  /** Live values per tag id, oldest first. */
  readonly points: ReadonlyMap<string, readonly TimedValue[]>;
  /** Live anomaly scores per tag id, oldest first. */
  readonly scores: ReadonlyMap<string, readonly TimedValue[]>;
  /** Bumped on every redraw; memoise charts on it. */
  readonly version: number;
}

function append(target: Map<string, TimedValue[]>, tag: string, value: TimedValue): void {
  let list = target.get(tag);
  if (list === undefined) {
    list = [];
    target.set(tag, list);
  }
  list.push(value);
  if (list.length > maxPointsPerTag) list.splice(0, list.length - maxPointsPerTag);
}

function parse(data: unknown): LiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    // The server writes events it built from the contract's LiveEvent union.
    return JSON.parse(data) as LiveEvent;
  } catch {
    return null;
  }
}

/** Subscribes to `machine` (none when null); `onAlarm` runs for every alarm event. */
export function useLiveStream(machine: string | null, onAlarm: () => void): LiveData {
  const points = useRef(new Map<string, TimedValue[]>());
  const scores = useRef(new Map<string, TimedValue[]>());
  const [connected, setConnected] = useState(false);
  const [version, setVersion] = useState(0);
  const alarmHandler = useRef(onAlarm);
  alarmHandler.current = onAlarm;

  useEffect(() => {
    points.current = new Map();
    scores.current = new Map();
    setVersion((value) => value + 1);
    if (machine === null) return;
    let dirty = false;
    const source = new EventSource(`/api/telemetry/stream?machine=${encodeURIComponent(machine)}`);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    source.addEventListener('points', (message) => {
      const event = parse(message.data);
      if (event?.type !== 'points') return;
      for (const point of event.points) append(points.current, point.tag, [point.ts, point.value]);
      dirty = true;
    });
    source.addEventListener('scores', (message) => {
      const event = parse(message.data);
      if (event?.type !== 'scores') return;
      for (const score of event.scores) append(scores.current, score.tag, [score.ts, score.score]);
      dirty = true;
    });
    source.addEventListener('alarm', () => alarmHandler.current());
    const timer = window.setInterval(() => {
      if (!dirty) return;
      dirty = false;
      setVersion((value) => value + 1);
    }, renderMilliseconds);
    return () => {
      window.clearInterval(timer);
      source.close();
      setConnected(false);
    };
  }, [machine]);

  return { connected, points: points.current, scores: scores.current, version };
}
