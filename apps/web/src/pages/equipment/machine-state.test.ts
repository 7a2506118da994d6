import type { Alarm, LatestValues } from '@zhizao/contract';
import { describe, expect, it } from 'vitest';
import { defaultStateThresholds, machineState, worstState } from './machine-state.ts';

const now = 1_700_000_000_000;
const options = { now, ...defaultStateThresholds };

function latest(...tags: { ts: number | null; score: number | null }[]): LatestValues {
  return {
    machine: 'm1',
    tags: tags.map((tag, index) => ({ tag: `t${index}`, name: `t${index}`, unit: '', value: 1, ...tag })),
  };
}

const alarm: Alarm = {
  id: 'a1',
  ruleId: 'r1',
  name: 'hot',
  tag: 't0',
  machine: 'm1',
  severity: 'warning',
  state: 'active',
  message: 'too hot',
  value: 90,
  raisedAt: now,
  acknowledgedAt: null,
  acknowledgedBy: null,
  clearedAt: null,
};

describe('machineState', () => {
  it('is ok with fresh points and low scores', () => {
    expect(machineState(latest({ ts: now - 1_000, score: 0.2 }), [], options)).toBe('ok');
  });

  it('is stale when the newest point is older than the limit, or there are none', () => {
    expect(machineState(latest({ ts: now - 6 * 60_000, score: 0.1 }), [], options)).toBe('stale');
    expect(machineState(latest({ ts: null, score: null }), [], options)).toBe('stale');
    expect(machineState(null, [], options)).toBe('stale');
  });

  it('is anomalous when any tag scores at the threshold, even with old data', () => {
    expect(machineState(latest({ ts: now, score: 0.1 }, { ts: now - 9e9, score: 0.99 }), [], options)).toBe(
      'anomaly',
    );
  });

  it('is in alarm whenever an alarm is open', () => {
    expect(machineState(latest({ ts: now, score: 0.999 }), [alarm], options)).toBe('alarm');
    expect(machineState(null, [alarm], options)).toBe('alarm');
  });
});

describe('worstState', () => {
  it('ranks alarm > anomaly > stale > ok and is null for nothing', () => {
    expect(worstState(['ok', 'stale', 'anomaly'])).toBe('anomaly');
    expect(worstState(['ok', 'alarm'])).toBe('alarm');
    expect(worstState(['ok'])).toBe('ok');
    expect(worstState([])).toBeNull();
  });
});
