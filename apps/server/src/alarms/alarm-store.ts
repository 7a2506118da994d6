/** SQL for alarm rules, alarm records and notification settings. */
import { randomUUID } from 'node:crypto';
import type {
  Alarm,
  AlarmCondition,
  AlarmRule,
  AlarmRuleInput,
  NotificationSettings,
} from '@zhizao/contract';
import { notificationSettingsSchema } from '@zhizao/contract';
import type { Database } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';

const NOTIFICATIONS_KEY = 'alarms.notifications';

interface RuleRow {
  id: string;
  name: string;
  tag: string;
  severity: AlarmRule['severity'];
  condition: string;
  min_duration_s: number;
  enabled: boolean;
}

/** Every rule. */
export async function readRules(database: Database): Promise<AlarmRule[]> {
  const rows = await database.query<RuleRow>('SELECT * FROM alarm_rules ORDER BY name');
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    tag: row.tag,
    severity: row.severity,
    condition: JSON.parse(row.condition) as AlarmCondition,
    minDurationSeconds: row.min_duration_s,
    enabled: row.enabled,
  }));
}

/** Inserts or replaces a rule; returns it with its id. */
export async function writeRule(
  database: Database,
  input: AlarmRuleInput,
  id: string = randomUUID(),
): Promise<AlarmRule> {
  await database.run('INSERT OR REPLACE INTO alarm_rules VALUES (?, ?, ?, ?, ?, ?, ?)', [
    id,
    input.name,
    input.tag,
    input.severity,
    JSON.stringify(input.condition),
    input.minDurationSeconds,
    input.enabled,
  ]);
  return { ...input, id };
}

const ALARM_COLUMNS = `id, rule_id AS ruleId, name, tag, machine, severity, state, message, value,
  epoch_ms(raised_at) AS raisedAt, epoch_ms(acknowledged_at) AS acknowledgedAt, acknowledged_by AS acknowledgedBy,
  epoch_ms(cleared_at) AS clearedAt`;

/** Alarms by state (open = active or acknowledged), newest first. */
export async function readAlarms(
  database: Database,
  query: {
    state: 'open' | 'active' | 'acknowledged' | 'cleared' | 'all';
    machine?: string | undefined;
    limit: number;
  },
): Promise<Alarm[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.state === 'open') where.push("state IN ('active', 'acknowledged')");
  else if (query.state !== 'all') {
    where.push('state = ?');
    params.push(query.state);
  }
  if (query.machine !== undefined) {
    where.push('machine = ?');
    params.push(query.machine);
  }
  params.push(query.limit);
  return database.query<Alarm>(
    `SELECT ${ALARM_COLUMNS} FROM alarms ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY raised_at DESC LIMIT ?`,
    params,
  );
}

/** One alarm by id. */
export async function readAlarm(database: Database, id: string): Promise<Alarm | undefined> {
  const rows = await database.query<Alarm>(`SELECT ${ALARM_COLUMNS} FROM alarms WHERE id = ?`, [id]);
  return rows[0];
}

/** Stores a new alarm. */
export async function insertAlarm(database: Database, alarm: Alarm): Promise<void> {
  await database.run(
    `INSERT INTO alarms VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, epoch_ms(?::BIGINT), NULL, NULL, NULL)`,
    [
      alarm.id,
      alarm.ruleId,
      alarm.name,
      alarm.tag,
      alarm.machine,
      alarm.severity,
      alarm.state,
      alarm.message,
      alarm.value,
      alarm.raisedAt,
    ],
  );
}

/** Marks an alarm acknowledged (only an active one). */
export async function acknowledgeAlarm(
  database: Database,
  id: string,
  by: string,
  at: number,
): Promise<void> {
  await database.run(
    "UPDATE alarms SET state = 'acknowledged', acknowledged_at = epoch_ms(?::BIGINT), acknowledged_by = ? WHERE id = ? AND state = 'active'",
    [at, by, id],
  );
}

/** Marks an alarm cleared. */
export async function clearAlarm(
  database: Database,
  id: string,
  at: number,
  message?: string,
): Promise<void> {
  await database.run(
    "UPDATE alarms SET state = 'cleared', cleared_at = epoch_ms(?::BIGINT), message = coalesce(?, message) WHERE id = ? AND state <> 'cleared'",
    [at, message ?? null, id],
  );
}

/** Notification settings (defaults when never set). */
export async function readNotificationSettings(database: Database): Promise<NotificationSettings> {
  const raw = await readSetting(database, NOTIFICATIONS_KEY);
  return notificationSettingsSchema.parse(raw === undefined ? {} : JSON.parse(raw));
}

export async function writeNotificationSettings(
  database: Database,
  settings: NotificationSettings,
): Promise<void> {
  await writeSetting(database, NOTIFICATIONS_KEY, JSON.stringify(settings));
}
