/** React hook that polls open alarms and each machine's latest values and derives the machine states. */
import type { Alarm, LatestValues } from '@zhizao/contract';
import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from '../../api/api-client.ts';
import { useDataVersion } from '../../components/data-version.tsx';
import { defaultStateThresholds, type MachineState, machineState } from './machine-state.ts';

const pollMilliseconds = 10_000;

/** What the tree needs: each machine's state and its open alarms. */
export interface MachineStates {
  readonly states: ReadonlyMap<string, MachineState>;
  readonly openAlarms: readonly Alarm[];
  /** Reload now (after an alarm event or an acknowledgement). */
  readonly refresh: () => void;
}

/** Polls GET /api/alarms (open) and GET /api/telemetry/latest for every machine in `machineIds`. */
export function useMachineStates(machineIds: readonly string[]): MachineStates {
  const version = useDataVersion();
  const [tick, setTick] = useState(0);
  const [states, setStates] = useState<ReadonlyMap<string, MachineState>>(new Map());
  const [openAlarms, setOpenAlarms] = useState<readonly Alarm[]>([]);
  const key = machineIds.join('\n');

  useEffect(() => {
    void version;
    void tick;
    const ids = key === '' ? [] : key.split('\n');
    const controller = new AbortController();
    const signal = controller.signal;
    const alarms = apiRequest<Alarm[]>('/api/alarms?state=open&limit=1000', { signal }).catch(
      () => [] as Alarm[],
    );
    const latest = Promise.all(
      ids.map((id) =>
        apiRequest<LatestValues>(`/api/telemetry/latest?machine=${encodeURIComponent(id)}`, { signal }).catch(
          () => null,
        ),
      ),
    );
    Promise.all([alarms, latest]).then(([open, values]) => {
      if (signal.aborted) return;
      const now = Date.now();
      const next = new Map<string, MachineState>();
      ids.forEach((id, index) => {
        const mine = open.filter((alarm) => alarm.machine === id);
        next.set(id, machineState(values[index] ?? null, mine, { now, ...defaultStateThresholds }));
      });
      setStates(next);
      setOpenAlarms(open);
    });
    return () => controller.abort();
  }, [key, version, tick]);

  useEffect(() => {
    const timer = window.setInterval(() => setTick((value) => value + 1), pollMilliseconds);
    return () => window.clearInterval(timer);
  }, []);

  const refresh = useCallback(() => setTick((value) => value + 1), []);
  return { states, openAlarms, refresh };
}
