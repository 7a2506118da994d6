import type { AlarmRule } from '@zhizao/contract';
import { ManualClock } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { AlarmEngine } from './alarm-engine.ts';

function rule(id: string, condition: AlarmRule['condition'], minDurationSeconds = 0): AlarmRule {
  return { id, name: id, tag: 'm/t', severity: 'warning', condition, minDurationSeconds, enabled: true };
}

describe('AlarmEngine', () => {
  it('raises a threshold alarm and clears it only past the hysteresis band', () => {
    const clock = new ManualClock(0);
    const engine = new AlarmEngine(clock);
    engine.setRules([rule('hot', { kind: 'threshold', above: 90, hysteresis: 5 })]);
    const feed = (value: number) =>
      engine.observe([{ tagId: 'm/t', ts: clock.now(), value }]).map((t) => t.kind);
    expect(feed(89)).toEqual([]);
    expect(feed(91)).toEqual(['raise']);
    expect(feed(95)).toEqual([]);
    expect(feed(87)).toEqual([]);
    expect(feed(84.9)).toEqual(['clear']);
    expect(feed(90.5)).toEqual(['raise']);
  });

  it('waits for the minimum duration before raising, also without new points', () => {
    const clock = new ManualClock(1000);
    const engine = new AlarmEngine(clock);
    engine.setRules([rule('low', { kind: 'threshold', below: 10, hysteresis: 0 }, 5)]);
    expect(engine.observe([{ tagId: 'm/t', ts: 1000, value: 3 }])).toEqual([]);
    clock.advance(2000);
    expect(engine.observe([{ tagId: 'm/t', ts: 3000, value: 12 }])).toEqual([]);
    expect(engine.observe([{ tagId: 'm/t', ts: 3000, value: 4 }])).toEqual([]);
    clock.advance(4999);
    expect(engine.tick()).toEqual([]);
    clock.advance(1);
    const raised = engine.tick();
    expect(raised).toEqual([{ ruleId: 'low', kind: 'raise', at: 8000, value: 4, message: 'm/t 4 < 10' }]);
  });

  it('raises on rate of change, stale data and anomaly scores', () => {
    const clock = new ManualClock(0);
    const engine = new AlarmEngine(clock);
    engine.setRules([
      rule('rate', { kind: 'rate', maxPerSecond: 2 }),
      rule('stale', { kind: 'stale', maxAgeSeconds: 10 }),
      rule('anomaly', { kind: 'anomaly', minScore: 0.99 }),
    ]);
    expect(engine.observe([{ tagId: 'm/t', ts: 0, value: 0 }], [0.1])).toEqual([]);
    const fast = engine.observe([{ tagId: 'm/t', ts: 1000, value: 5 }], [0.995]);
    expect(fast.map((t) => `${t.ruleId}:${t.kind}`)).toEqual(['rate:raise', 'anomaly:raise']);
    const calm = engine.observe([{ tagId: 'm/t', ts: 2000, value: 6 }], [0.2]);
    expect(calm.map((t) => `${t.ruleId}:${t.kind}`)).toEqual(['rate:clear', 'anomaly:clear']);
    clock.advance(10_000);
    expect(engine.tick()).toEqual([]);
    clock.advance(1);
    expect(engine.tick().map((t) => `${t.ruleId}:${t.kind}`)).toEqual(['stale:raise']);
    expect(
      engine.observe([{ tagId: 'm/t', ts: 20_000, value: 6 }]).map((t) => `${t.ruleId}:${t.kind}`),
    ).toEqual(['stale:clear']);
  });

  it('does not raise again an alarm that is already open, and re-raises after a manual clear', () => {
    const clock = new ManualClock(0);
    const engine = new AlarmEngine(clock);
    engine.setRules([rule('hot', { kind: 'threshold', above: 1, hysteresis: 0 })], new Set(['hot']));
    expect(engine.observe([{ tagId: 'm/t', ts: 0, value: 5 }])).toEqual([]);
    engine.reset('hot');
    expect(engine.observe([{ tagId: 'm/t', ts: 1, value: 5 }]).map((t) => t.kind)).toEqual(['raise']);
    expect(engine.observe([{ tagId: 'other', ts: 1, value: 5 }])).toEqual([]);
  });
});
