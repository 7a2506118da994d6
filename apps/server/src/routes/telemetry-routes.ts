/** Telemetry API: HTTP ingest, bucketed series, latest values, retention, and the live SSE stream. */
import {
  ingestBatchSchema,
  ingestResultSchema,
  latestQuerySchema,
  latestValuesSchema,
  retentionSchema,
  seriesQuerySchema,
  seriesSchema,
  streamQuerySchema,
} from '@zhizao/contract';
import { AppError } from '@zhizao/core';
import { requireRole, WRITERS } from '../http/access.ts';
import type { ZodRouteApp } from '../http/zod-route-app.ts';
import { readLatest } from '../telemetry/latest-query.ts';
import { DEFAULT_MAPPING, mapParsed } from '../telemetry/payload-mapping.ts';
import { readRetentionDays, writeRetentionDays } from '../telemetry/retention.ts';
import { readSeries } from '../telemetry/series-query.ts';
import { parseTime } from '../telemetry/telemetry-point.ts';
import type { TelemetryService } from '../telemetry/telemetry-service.ts';

const DAY_MS = 86_400_000;
/** A stream whose client stops reading gets events dropped beyond this many buffered bytes. */
const MAX_STREAM_BACKLOG = 4 * 1024 * 1024;

function timeArgument(name: string, input: string | number | undefined, fallback: number): number {
  if (input === undefined) return fallback;
  const ms = parseTime(input);
  if (ms === undefined)
    throw new AppError('INVALID_INPUT', `${name} must be epoch ms or ISO-8601; got "${input}"`);
  return ms;
}

export function telemetryRoutes(app: ZodRouteApp, service: TelemetryService): void {
  const tags = ['telemetry'];
  app.post(
    '/api/telemetry/ingest',
    {
      schema: {
        tags,
        summary: 'Ingest a JSON batch of points; answers 200 only after they are committed',
        description:
          'Body {points: [{tag, value, ts?, unit?, machine?}]}. Malformed points are skipped and reported; the rest are stored. Unknown tags are created (under their machine, else "ingested").',
        body: ingestBatchSchema,
        response: { 200: ingestResultSchema },
      },
    },
    async (request) => {
      requireRole(request, WRITERS.telemetry);
      const mapped = mapParsed(request.body.points, DEFAULT_MAPPING, { receivedAt: service.clock.now() });
      await service.ingest(mapped.points);
      return {
        accepted: mapped.points.length,
        malformed: mapped.malformed.length,
        problems: mapped.malformed
          .slice(0, 20)
          .map((item, index) => ({ index, reason: `${item.reason}: ${item.sample}` })),
      };
    },
  );
  app.get(
    '/api/telemetry/series',
    {
      schema: {
        tags,
        summary: 'Min/max/avg of a tag per time bucket',
        querystring: seriesQuerySchema,
        response: { 200: seriesSchema },
      },
    },
    async (request) => {
      const to = timeArgument('to', request.query.to, service.clock.now());
      const from = timeArgument('from', request.query.from, to - DAY_MS);
      if (!(from < to)) throw new AppError('INVALID_INPUT', `from must be before to; got ${from} ≥ ${to}`);
      return readSeries(service.database, {
        tag: request.query.tag,
        from,
        to,
        buckets: request.query.buckets,
      });
    },
  );
  app.get(
    '/api/telemetry/latest',
    {
      schema: {
        tags,
        summary: "Latest value and anomaly score of each of a machine's tags",
        querystring: latestQuerySchema,
        response: { 200: latestValuesSchema },
      },
    },
    async (request) => {
      const rows = await readLatest(service.database, request.query.machine);
      if (rows.length === 0) throw new AppError('NOT_FOUND', `machine ${request.query.machine} has no tags`);
      return {
        machine: request.query.machine,
        tags: rows.map((row) => ({ ...row, score: service.scorer?.latestOf(row.tag)?.score ?? null })),
      };
    },
  );
  app.get(
    '/api/telemetry/retention',
    { schema: { tags, summary: 'Days of telemetry kept', response: { 200: retentionSchema } } },
    async () => ({ days: await readRetentionDays(service.database) }),
  );
  app.put(
    '/api/telemetry/retention',
    {
      schema: {
        tags,
        summary: 'Set the days of telemetry kept (applied now and hourly)',
        body: retentionSchema,
        response: { 200: retentionSchema },
      },
    },
    async (request) => {
      requireRole(request, WRITERS.admin);
      await writeRetentionDays(service.database, request.body.days);
      await service.runRetention();
      return { days: request.body.days };
    },
  );
  app.get(
    '/api/telemetry/stream',
    {
      schema: {
        tags,
        summary: 'Live points, anomaly scores and alarm events (Server-Sent Events)',
        description:
          'Event types: points, scores, alarm (see LiveEvent in the contract). Filter with ?machine=…',
        querystring: streamQuerySchema,
      },
    },
    (request, reply) => {
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write(': connected\n\n');
      const heartbeat = setInterval(() => raw.write(': ping\n\n'), 15_000);
      const unsubscribe = service.hub.subscribe(
        request.query.machine,
        (event) => {
          if (raw.writableLength < MAX_STREAM_BACKLOG)
            raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        },
        () => raw.end(),
      );
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );
}
