/** One alarm rule's state machine: condition (with hysteresis), minimum duration, raise and clear. Pure; time is passed in. */
import type { AlarmRule } from '@zhizao/contract';
import { assertNever } from '@zhizao/core';

/** A change of an alarm's condition state. */
export interface AlarmTransition {
  readonly ruleId: string;
  readonly kind: 'raise' | 'clear';
  /** Epoch ms of the change (the clock's time). */
  readonly at: number;
  readonly value: number | null;
  readonly message: string;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}

/**
 * Evaluates one rule. The condition must hold for `minDurationSeconds` before the alarm is raised, so a
 * single spike does not flood; once raised, a threshold clears only when the value is back inside the
 * limit by `hysteresis` (a dead band, as in ISA-18.2 alarm management).
 */
export class RuleEvaluator {
  private active = false;
  private pendingSince: number | undefined;
  private lastValue: number | null = null;
  private previous: { ts: number; value: number } | undefined;
  private lastSeenAt: number;

  /** `now` starts the stale-data clock: a tag that never reports goes stale after the limit. */
  constructor(
    readonly rule: AlarmRule,
    now: number,
    active = false,
  ) {
    this.lastSeenAt = now;
    this.active = active;
  }

  /** Whether the alarm is raised. */
  get isActive(): boolean {
    return this.active;
  }

  /** Feeds one point of the rule's tag (value rules and staleness). */
  observe(now: number, ts: number, value: number): AlarmTransition | undefined {
    this.lastSeenAt = now;
    const condition = this.rule.condition;
    switch (condition.kind) {
      case 'threshold': {
        const band = this.active ? condition.hysteresis : 0;
        const high = condition.above !== undefined && value > condition.above - band;
        const low = condition.below !== undefined && value < condition.below + band;
        const limit = high
          ? `> ${format(condition.above ?? 0)}`
          : low
            ? `< ${format(condition.below ?? 0)}`
            : 'within limits';
        const message = `${this.rule.tag} ${format(value)} ${limit}`;
        return this.update(now, high || low, value, message);
      }
      case 'rate': {
        const previous = this.previous;
        this.previous = { ts, value };
        if (previous === undefined || ts <= previous.ts) return undefined;
        const rate = Math.abs(value - previous.value) / ((ts - previous.ts) / 1000);
        const message = `${this.rule.tag} changes ${format(rate)}/s > ${format(condition.maxPerSecond)}/s`;
        return this.update(now, rate > condition.maxPerSecond, value, message);
      }
      case 'stale':
        return this.update(now, false, value, `${this.rule.tag} reports again`);
      case 'anomaly':
        return undefined;
      default:
        return assertNever(condition, 'alarm condition');
    }
  }

  /** Feeds an anomaly score of the rule's tag. */
  observeScore(now: number, score: number): AlarmTransition | undefined {
    const condition = this.rule.condition;
    if (condition.kind !== 'anomaly') return undefined;
    const message = `${this.rule.tag} anomaly score ${score.toFixed(4)} ≥ ${condition.minScore}`;
    return this.update(now, score >= condition.minScore, score, message);
  }

  /** Advances time without data: raises stale alarms and pending conditions whose minimum duration has passed. */
  tick(now: number): AlarmTransition | undefined {
    const condition = this.rule.condition;
    if (condition.kind === 'stale') {
      const age = (now - this.lastSeenAt) / 1000;
      const message = `${this.rule.tag} sent nothing for ${Math.floor(age)} s (limit ${condition.maxAgeSeconds} s)`;
      return this.update(now, age > condition.maxAgeSeconds, this.lastValue, message);
    }
    if (this.pendingSince === undefined) return undefined;
    return this.update(now, true, this.lastValue, this.pendingMessage);
  }

  /** Forgets the raised state (a person cleared the alarm); it is raised again if the condition still holds. */
  reset(now: number): void {
    this.active = false;
    this.pendingSince = undefined;
    this.lastSeenAt = Math.max(this.lastSeenAt, now);
  }

  private pendingMessage = '';

  private update(
    now: number,
    violating: boolean,
    value: number | null,
    message: string,
  ): AlarmTransition | undefined {
    if (value !== null) this.lastValue = value;
    if (!violating) {
      this.pendingSince = undefined;
      if (!this.active) return undefined;
      this.active = false;
      return { ruleId: this.rule.id, kind: 'clear', at: now, value, message: `cleared: ${message}` };
    }
    if (this.active) return undefined;
    this.pendingSince ??= now;
    this.pendingMessage = message;
    if (now - this.pendingSince < this.rule.minDurationSeconds * 1000) return undefined;
    this.active = true;
    this.pendingSince = undefined;
    return { ruleId: this.rule.id, kind: 'raise', at: now, value, message };
  }
}
