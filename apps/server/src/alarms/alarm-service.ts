/** Alarms at run time: feeds the engine, records raise/clear in the history table, notifies, alarms on failed connectors. */
import { randomUUID } from 'node:crypto';
import type {
  Alarm,
  AlarmRule,
  AlarmRuleInput,
  ConnectorState,
  NotificationSettings,
} from '@zhizao/contract';
import { AppError, type Clock } from '@zhizao/core';
import type { TelemetryLogger } from '../connectors/connector-driver.ts';
import type { Database } from '../storage/database.ts';
import { AlarmEngine, type ObservedPoint } from './alarm-engine.ts';
import {
  acknowledgeAlarm,
  clearAlarm,
  insertAlarm,
  readAlarm,
  readAlarms,
  readNotificationSettings,
  readRules,
  writeNotificationSettings,
  writeRule,
} from './alarm-store.ts';
import { type AlarmEventKind, Notifier } from './notifier.ts';
import type { AlarmTransition } from './rule-evaluator.ts';

/** Options of {@link AlarmService}. */
export interface AlarmServiceOptions {
  readonly database: Database;
  readonly clock: Clock;
  readonly log: TelemetryLogger;
  /** Machine of a tag, for filtering and notifications. */
  readonly machineOf: (tagId: string) => string | undefined;
  /** Called after an alarm changed state in the store (for the live stream). */
  readonly onAlarm?: ((alarm: Alarm, event: AlarmEventKind) => void) | undefined;
  readonly notifier?: Notifier | undefined;
  /** How often stale data and minimum durations are checked (default 1000 ms). */
  readonly tickMs?: number | undefined;
}

/** Prefix of the rule id of connector-failure alarms. */
export const CONNECTOR_RULE_PREFIX = 'connector:';

/** Runs the rules; every store write is queued so raise and clear of one alarm keep their order. */
export class AlarmService {
  private readonly engine: AlarmEngine;
  private readonly notifier: Notifier;
  private rules: AlarmRule[] = [];
  private readonly openByRule = new Map<string, string>();
  private settings: NotificationSettings | undefined;
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: AlarmServiceOptions) {
    this.engine = new AlarmEngine(options.clock);
    this.notifier = options.notifier ?? new Notifier(options.log);
  }

  async start(): Promise<void> {
    const open = await readAlarms(this.options.database, { state: 'open', limit: 100_000 });
    for (const alarm of open) this.openByRule.set(alarm.ruleId, alarm.id);
    this.settings = await readNotificationSettings(this.options.database);
    await this.reloadRules();
    this.timer = setInterval(() => this.tick(), this.options.tickMs ?? 1000);
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  /** Resolves when every queued store write and notification is done. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Feeds committed points and their scores. */
  observe(points: readonly ObservedPoint[], scores?: ArrayLike<number>): void {
    const transitions = this.engine.observe(points, scores);
    for (const transition of transitions) this.apply(transition);
  }

  /** Checks stale data and pending minimum durations now. */
  tick(): void {
    for (const transition of this.engine.tick()) this.apply(transition);
  }

  listRules(): AlarmRule[] {
    return [...this.rules];
  }

  async saveRule(input: AlarmRuleInput, id?: string): Promise<AlarmRule> {
    if (id !== undefined && !this.rules.some((rule) => rule.id === id))
      throw new AppError('NOT_FOUND', `no alarm rule ${id}`);
    const condition = input.condition;
    if (condition.kind === 'threshold' && condition.above === undefined && condition.below === undefined) {
      throw new AppError('INVALID_INPUT', 'a threshold rule needs "above", "below" or both');
    }
    const rule = await writeRule(this.options.database, input, id);
    await this.reloadRules();
    return rule;
  }

  async deleteRule(id: string): Promise<void> {
    if (!this.rules.some((rule) => rule.id === id)) throw new AppError('NOT_FOUND', `no alarm rule ${id}`);
    await this.options.database.run('DELETE FROM alarm_rules WHERE id = ?', [id]);
    await this.reloadRules();
  }

  list(query: Parameters<typeof readAlarms>[1]): Promise<Alarm[]> {
    return readAlarms(this.options.database, query);
  }

  /** A person has seen the alarm. */
  async acknowledge(id: string, by: string): Promise<Alarm> {
    await this.idle();
    await this.existing(id);
    await acknowledgeAlarm(this.options.database, id, by, this.options.clock.now());
    const alarm = await this.existing(id);
    this.emit(alarm, 'acknowledged');
    return alarm;
  }

  /** A person closes the alarm; it is raised again if its condition still holds. */
  async clear(id: string, by: string): Promise<Alarm> {
    await this.idle();
    const before = await this.existing(id);
    await clearAlarm(
      this.options.database,
      id,
      this.options.clock.now(),
      `${before.message} (cleared by ${by})`,
    );
    if (this.openByRule.get(before.ruleId) === id) this.openByRule.delete(before.ruleId);
    this.engine.reset(before.ruleId);
    const alarm = await this.existing(id);
    this.emit(alarm, 'cleared');
    return alarm;
  }

  notificationSettings(): NotificationSettings {
    if (this.settings === undefined) throw new Error('AlarmService used before start()');
    return this.settings;
  }

  async saveNotificationSettings(settings: NotificationSettings): Promise<void> {
    await writeNotificationSettings(this.options.database, settings);
    this.settings = settings;
  }

  /** Raises an alarm when a connector fails and clears it when it connects again. */
  connectorState(
    connector: { id: string; name: string; machine?: string | undefined },
    state: ConnectorState,
  ): void {
    const ruleId = `${CONNECTOR_RULE_PREFIX}${connector.id}`;
    const at = this.options.clock.now();
    if (state.status === 'failed' && !this.openByRule.has(ruleId)) {
      this.applyRaise(
        {
          ruleId,
          kind: 'raise',
          at,
          value: null,
          message: `connector ${connector.name} failed: ${state.lastError ?? ''}`,
        },
        {
          name: `connector ${connector.name}`,
          severity: 'critical',
          tag: null,
          machine: connector.machine ?? null,
        },
      );
    } else if ((state.status === 'connected' || state.status === 'stopped') && this.openByRule.has(ruleId)) {
      this.apply({
        ruleId,
        kind: 'clear',
        at,
        value: null,
        message: `connector ${connector.name} ${state.status}`,
      });
    }
  }

  private async reloadRules(): Promise<void> {
    this.rules = await readRules(this.options.database);
    this.engine.setRules(this.rules, new Set(this.openByRule.keys()));
  }

  private apply(transition: AlarmTransition): void {
    if (transition.kind === 'clear') {
      const id = this.openByRule.get(transition.ruleId);
      if (id === undefined) return;
      this.openByRule.delete(transition.ruleId);
      this.enqueue(async () => {
        await clearAlarm(this.options.database, id, transition.at, transition.message);
        const alarm = await readAlarm(this.options.database, id);
        if (alarm !== undefined) this.emit(alarm, 'cleared');
      });
      return;
    }
    const rule = this.rules.find((candidate) => candidate.id === transition.ruleId);
    if (rule === undefined) return;
    this.applyRaise(transition, {
      name: rule.name,
      severity: rule.severity,
      tag: rule.tag,
      machine: this.options.machineOf(rule.tag) ?? null,
    });
  }

  private applyRaise(
    transition: AlarmTransition,
    what: Pick<Alarm, 'name' | 'severity' | 'tag' | 'machine'>,
  ): void {
    if (this.openByRule.has(transition.ruleId)) return;
    const alarm: Alarm = {
      id: randomUUID(),
      ruleId: transition.ruleId,
      ...what,
      state: 'active',
      message: transition.message,
      value: transition.value,
      raisedAt: transition.at,
      acknowledgedAt: null,
      acknowledgedBy: null,
      clearedAt: null,
    };
    this.openByRule.set(transition.ruleId, alarm.id);
    this.enqueue(async () => {
      await insertAlarm(this.options.database, alarm);
      this.emit(alarm, 'raised');
    });
  }

  private emit(alarm: Alarm, event: AlarmEventKind): void {
    this.options.onAlarm?.(alarm, event);
    if (this.settings !== undefined) void this.notifier.notify(this.settings, event, alarm);
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      this.options.log.error({ error: String(error) }, 'alarm store write failed');
    });
  }

  private async existing(id: string): Promise<Alarm> {
    const alarm = await readAlarm(this.options.database, id);
    if (alarm === undefined) throw new AppError('NOT_FOUND', `no alarm ${id}`);
    return alarm;
  }
}
