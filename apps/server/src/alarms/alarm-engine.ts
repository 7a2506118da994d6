/** Evaluates every alarm rule against incoming points and scores, on an injected clock. Pure: no I/O. */
import type { AlarmRule } from '@zhizao/contract';
import type { Clock } from '@zhizao/core';
import { type AlarmTransition, RuleEvaluator } from './rule-evaluator.ts';

/** A point as the engine sees it. */
export interface ObservedPoint {
  readonly tagId: string;
  readonly ts: number;
  readonly value: number;
}

/** Rules indexed by tag; feed it points, scores and ticks, collect raise/clear transitions. */
export class AlarmEngine {
  private byTag = new Map<string, RuleEvaluator[]>();
  private all: RuleEvaluator[] = [];

  constructor(private readonly clock: Clock) {}

  /** Replaces the rules; `activeRuleIds` are rules whose alarm is open in the store, so they are not raised twice. */
  setRules(rules: readonly AlarmRule[], activeRuleIds: ReadonlySet<string> = new Set()): void {
    const now = this.clock.now();
    this.all = rules
      .filter((rule) => rule.enabled)
      .map((rule) => new RuleEvaluator(rule, now, activeRuleIds.has(rule.id)));
    this.byTag = new Map();
    for (const evaluator of this.all) {
      const list = this.byTag.get(evaluator.rule.tag) ?? [];
      list.push(evaluator);
      this.byTag.set(evaluator.rule.tag, list);
    }
  }

  /** Number of enabled rules. */
  get ruleCount(): number {
    return this.all.length;
  }

  /** Feeds points with their anomaly scores (same order); returns the transitions they cause. */
  observe(points: readonly ObservedPoint[], scores?: ArrayLike<number>): AlarmTransition[] {
    const transitions: AlarmTransition[] = [];
    if (this.all.length === 0) return transitions;
    const now = this.clock.now();
    for (let i = 0; i < points.length; i++) {
      const point = points[i]!;
      const evaluators = this.byTag.get(point.tagId);
      if (evaluators === undefined) continue;
      const score = scores?.[i];
      for (const evaluator of evaluators) {
        const fromValue = evaluator.observe(now, point.ts, point.value);
        if (fromValue !== undefined) transitions.push(fromValue);
        const fromScore = score === undefined ? undefined : evaluator.observeScore(now, score);
        if (fromScore !== undefined) transitions.push(fromScore);
      }
    }
    return transitions;
  }

  /** Checks stale data and minimum durations at the clock's time. */
  tick(): AlarmTransition[] {
    const now = this.clock.now();
    const transitions: AlarmTransition[] = [];
    for (const evaluator of this.all) {
      const transition = evaluator.tick(now);
      if (transition !== undefined) transitions.push(transition);
    }
    return transitions;
  }

  /** A person cleared the rule's alarm: forget its raised state. */
  reset(ruleId: string): void {
    const now = this.clock.now();
    for (const evaluator of this.all) if (evaluator.rule.id === ruleId) evaluator.reset(now);
  }
}
