/** Alarms: rules (threshold, rate of change, stale data, anomaly score), alarm records and notifications. */
import { z } from 'zod';

export const alarmSeveritySchema = z.enum(['info', 'warning', 'critical']);
export type AlarmSeverity = z.infer<typeof alarmSeveritySchema>;

export const alarmConditionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('threshold'),
    above: z.number().optional(),
    below: z.number().optional(),
    hysteresis: z
      .number()
      .min(0)
      .default(0)
      .describe('The value must come back this far inside the limit to clear'),
  }),
  z.object({
    kind: z.literal('rate'),
    maxPerSecond: z.number().positive().describe('Alarm when |Δvalue/Δt| exceeds this, per second'),
  }),
  z.object({ kind: z.literal('stale'), maxAgeSeconds: z.number().positive() }),
  z.object({ kind: z.literal('anomaly'), minScore: z.number().min(0).max(1).default(0.999) }),
]);
export type AlarmCondition = z.infer<typeof alarmConditionSchema>;

export const alarmRuleInputSchema = z.object({
  name: z.string().min(1),
  tag: z.string().min(1).describe('Tag the rule watches'),
  severity: alarmSeveritySchema.default('warning'),
  condition: alarmConditionSchema,
  minDurationSeconds: z
    .number()
    .min(0)
    .default(0)
    .describe('The condition must hold this long before the alarm is raised'),
  enabled: z.boolean().default(true),
});
export type AlarmRuleInput = z.infer<typeof alarmRuleInputSchema>;

export const alarmRuleSchema = alarmRuleInputSchema.extend({ id: z.string() });
export type AlarmRule = z.infer<typeof alarmRuleSchema>;
export const alarmRuleListSchema = z.array(alarmRuleSchema);

export const alarmStateSchema = z.enum(['active', 'acknowledged', 'cleared']);
export type AlarmState = z.infer<typeof alarmStateSchema>;

export const alarmSchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  name: z.string(),
  tag: z.string().nullable(),
  machine: z.string().nullable(),
  severity: alarmSeveritySchema,
  state: alarmStateSchema,
  message: z.string(),
  value: z.number().nullable(),
  raisedAt: z.number(),
  acknowledgedAt: z.number().nullable(),
  acknowledgedBy: z.string().nullable(),
  clearedAt: z.number().nullable(),
});
export type Alarm = z.infer<typeof alarmSchema>;
export const alarmListSchema = z.array(alarmSchema);

export const alarmListQuerySchema = z.object({
  state: z.enum(['open', 'active', 'acknowledged', 'cleared', 'all']).default('open'),
  machine: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const notificationSettingsSchema = z.object({
  webhookUrl: z.string().url().nullable().default(null).describe('Receives POST JSON {event, alarm}'),
  minSeverity: alarmSeveritySchema.default('warning'),
  smtp: z
    .object({
      host: z.string(),
      port: z.number().int().default(587),
      secure: z.boolean().default(false),
      user: z.string().optional(),
      password: z.string().optional(),
      from: z.string(),
      to: z.array(z.string()).min(1),
    })
    .nullable()
    .default(null),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
