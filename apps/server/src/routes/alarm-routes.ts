/** Alarm API: alarms (list, acknowledge, clear), rules (CRUD) and notification settings. */
import {
  alarmListQuerySchema,
  alarmListSchema,
  alarmRuleInputSchema,
  alarmRuleListSchema,
  alarmRuleSchema,
  alarmSchema,
  notificationSettingsSchema,
} from '@zhizao/contract';
import { z } from 'zod';
import { requireRole, WRITERS } from '../http/access.ts';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import type { TelemetryService } from '../telemetry/telemetry-service.ts';

const idParams = z.object({ id: z.string() });

export function alarmRoutes(app: ZodRouteApp, service: TelemetryService): void {
  const tags = ['alarms'];
  const alarms = service.alarms;
  app.get(
    '/api/alarms',
    {
      schema: {
        tags,
        summary: 'Alarms, newest first (default: open ones)',
        querystring: alarmListQuerySchema,
        response: { 200: alarmListSchema },
      },
    },
    async (request) => alarms.list(request.query),
  );
  app.post(
    '/api/alarms/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge an active alarm',
        params: idParams,
        response: { 200: alarmSchema },
      },
    },
    async (request) =>
      alarms.acknowledge(request.params.id, requireRole(request, WRITERS.telemetry).username),
  );
  app.post(
    '/api/alarms/:id/clear',
    {
      schema: {
        tags,
        summary: 'Clear an alarm (raised again if its condition still holds)',
        params: idParams,
        response: { 200: alarmSchema },
      },
    },
    async (request) => alarms.clear(request.params.id, requireRole(request, WRITERS.telemetry).username),
  );
  app.get(
    '/api/alarm-rules',
    { schema: { tags, summary: 'Alarm rules', response: { 200: alarmRuleListSchema } } },
    async () => alarms.listRules(),
  );
  app.post(
    '/api/alarm-rules',
    {
      schema: {
        tags,
        summary: 'Add an alarm rule',
        body: alarmRuleInputSchema,
        response: { 201: alarmRuleSchema },
      },
    },
    async (request, reply) => {
      requireRole(request, WRITERS.telemetry);
      return reply.status(201).send(await alarms.saveRule(request.body));
    },
  );
  app.put(
    '/api/alarm-rules/:id',
    {
      schema: {
        tags,
        summary: 'Change an alarm rule',
        params: idParams,
        body: alarmRuleInputSchema,
        response: { 200: alarmRuleSchema },
      },
    },
    async (request) => {
      requireRole(request, WRITERS.telemetry);
      return alarms.saveRule(request.body, request.params.id);
    },
  );
  app.delete(
    '/api/alarm-rules/:id',
    { schema: { tags, summary: 'Remove an alarm rule', params: idParams } },
    async (request, reply) => {
      requireRole(request, WRITERS.telemetry);
      await alarms.deleteRule(request.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/alarms/notifications',
    {
      schema: { tags, summary: 'Webhook and e-mail settings', response: { 200: notificationSettingsSchema } },
    },
    async (request) => {
      requireRole(request, WRITERS.admin);
      return alarms.notificationSettings();
    },
  );
  app.put(
    '/api/alarms/notifications',
    {
      schema: {
        tags,
        summary: 'Set webhook and e-mail (SMTP) settings',
        body: notificationSettingsSchema,
        response: { 200: notificationSettingsSchema },
      },
    },
    async (request) => {
      requireRole(request, WRITERS.admin);
      await alarms.saveNotificationSettings(request.body);
      return request.body;
    },
  );
}
