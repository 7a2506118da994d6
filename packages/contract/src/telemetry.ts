/** Telemetry: ingest batches, bucketed series, latest values, retention, and the live stream's events. */
import { z } from 'zod';

/** A time as epoch milliseconds or an ISO-8601 string. */
export const timeInputSchema = z.union([z.number(), z.string()]);

export const ingestPointSchema = z.object({
  tag: z.string().min(1).describe('Tag id; "machine/tag" puts an unknown tag under that machine'),
  value: z.number(),
  ts: timeInputSchema.optional().describe('Epoch ms or ISO-8601; default: the time of arrival'),
  unit: z.string().optional(),
  machine: z
    .string()
    .optional()
    .describe('Machine for an unknown tag (default: the prefix of the tag id, else "ingested")'),
});
export type IngestPoint = z.infer<typeof ingestPointSchema>;

export const ingestBatchSchema = z.object({ points: z.array(z.unknown()).max(100_000) });
export type IngestBatch = z.infer<typeof ingestBatchSchema>;

export const ingestResultSchema = z.object({
  accepted: z.number().describe('Points committed to storage before this response was sent'),
  malformed: z.number().describe('Points skipped because they did not parse'),
  problems: z
    .array(z.object({ index: z.number(), reason: z.string() }))
    .describe('First 20 malformed points'),
});
export type IngestResult = z.infer<typeof ingestResultSchema>;

export const seriesQuerySchema = z.object({
  tag: z.string().min(1),
  from: timeInputSchema.optional().describe('Default: 24 h before `to`'),
  to: timeInputSchema.optional().describe('Default: now'),
  buckets: z.coerce.number().int().min(1).max(10_000).default(800),
});
export type SeriesQuery = z.infer<typeof seriesQuerySchema>;

export const seriesSchema = z.object({
  tag: z.string(),
  from: z.number(),
  to: z.number(),
  bucketMs: z.number(),
  ts: z.array(z.number()).describe('Start of each non-empty bucket, epoch ms'),
  min: z.array(z.number()),
  max: z.array(z.number()),
  avg: z.array(z.number()),
  count: z.array(z.number()),
});
export type Series = z.infer<typeof seriesSchema>;

export const latestQuerySchema = z.object({ machine: z.string().min(1) });

export const latestValueSchema = z.object({
  tag: z.string(),
  name: z.string(),
  unit: z.string(),
  ts: z.number().nullable(),
  value: z.number().nullable(),
  score: z.number().nullable().describe('Latest anomaly score in [0, 1] (null before scoring starts)'),
});
export const latestValuesSchema = z.object({ machine: z.string(), tags: z.array(latestValueSchema) });
export type LatestValues = z.infer<typeof latestValuesSchema>;

export const retentionSchema = z.object({
  days: z
    .number()
    .int()
    .min(1)
    .nullable()
    .describe('Delete points older than this many days; null keeps all'),
});
export type Retention = z.infer<typeof retentionSchema>;

export const streamQuerySchema = z.object({ machine: z.string().optional() });

/** Events of GET /api/telemetry/stream (Server-Sent Events, `event:` is the type). */
export const liveEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('points'),
    machine: z.string(),
    points: z.array(z.object({ tag: z.string(), ts: z.number(), value: z.number() })),
  }),
  z.object({
    type: z.literal('scores'),
    machine: z.string(),
    scores: z.array(z.object({ tag: z.string(), ts: z.number(), score: z.number() })),
  }),
  z.object({ type: z.literal('alarm'), alarm: z.unknown() }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
