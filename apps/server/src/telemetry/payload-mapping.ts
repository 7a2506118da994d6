/** Turns a message (MQTT topic + body, HTTP JSON point) into telemetry points using a connector's mapping. */
import type { PayloadMapping } from '@zhizao/contract';
import { readPath } from './json-path.ts';
import { type MalformedInput, parseTime, sampleOf, type TelemetryPoint } from './telemetry-point.ts';

/** Points read from one message, and what could not be read. */
export interface MappedPayload {
  readonly points: TelemetryPoint[];
  readonly malformed: MalformedInput[];
}

/** The mapping used when a connector names none: `{tag, value, ts, unit, machine}` objects. */
export const DEFAULT_MAPPING: PayloadMapping = { valuePath: 'value', tagPrefix: '' };

/** Where a message came from: the topic names the tag when the body does not. */
export interface MessageContext {
  readonly topic?: string | undefined;
  /** Time of arrival, used for points without a timestamp. */
  readonly receivedAt: number;
  /** Machine for unknown tags, from the connector. */
  readonly machineId?: string | undefined;
}

/**
 * Maps a raw body: a bare number (the topic names the tag), one point object, an array of them, or an
 * object holding an array at `pointsPath`.
 */
export function mapPayload(
  body: Uint8Array | string,
  mapping: PayloadMapping,
  context: MessageContext,
): MappedPayload {
  const text =
    typeof body === 'string'
      ? body
      : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { points: [], malformed: [{ reason: 'body is not JSON', sample: sampleOf(text) }] };
  }
  return mapParsed(parsed, mapping, context);
}

/** Maps already-parsed JSON (see {@link mapPayload}). */
export function mapParsed(parsed: unknown, mapping: PayloadMapping, context: MessageContext): MappedPayload {
  const points: TelemetryPoint[] = [];
  const malformed: MalformedInput[] = [];
  const list = mapping.pointsPath === undefined ? parsed : readPath(parsed, mapping.pointsPath);
  if (Array.isArray(list)) {
    for (const item of list) addPoint(item, mapping, context, points, malformed);
  } else if (mapping.pointsPath !== undefined) {
    malformed.push({ reason: `no array at "${mapping.pointsPath}"`, sample: sampleOf(parsed) });
  } else {
    addPoint(parsed, mapping, context, points, malformed);
  }
  return { points, malformed };
}

function addPoint(
  item: unknown,
  mapping: PayloadMapping,
  context: MessageContext,
  points: TelemetryPoint[],
  malformed: MalformedInput[],
): void {
  const isObject = item !== null && typeof item === 'object' && !Array.isArray(item);
  const rawValue = isObject ? readPath(item, mapping.valuePath) : item;
  const value =
    typeof rawValue === 'number' ? rawValue : typeof rawValue === 'boolean' ? Number(rawValue) : Number.NaN;
  if (!Number.isFinite(value)) {
    malformed.push({
      reason: `no finite number at "${isObject ? mapping.valuePath : ''}"`,
      sample: sampleOf(item),
    });
    return;
  }
  const rawTag = isObject ? readPath(item, mapping.tagPath ?? 'tag') : undefined;
  const tag = typeof rawTag === 'string' && rawTag.length > 0 ? rawTag : context.topic;
  if (tag === undefined || tag.length === 0) {
    malformed.push({
      reason: `no tag at "${mapping.tagPath ?? 'tag'}" and no topic`,
      sample: sampleOf(item),
    });
    return;
  }
  const rawTime = isObject ? readPath(item, mapping.timestampPath ?? 'ts') : undefined;
  const ts = rawTime === undefined || rawTime === null ? context.receivedAt : parseTime(rawTime);
  if (ts === undefined) {
    malformed.push({
      reason: `unreadable time ${sampleOf(JSON.stringify(rawTime), 40)}`,
      sample: sampleOf(item),
    });
    return;
  }
  const rawUnit = isObject ? readPath(item, mapping.unitPath ?? 'unit') : undefined;
  const rawMachine = isObject ? readPath(item, 'machine') : undefined;
  points.push({
    tagId: `${mapping.tagPrefix}${tag}`,
    ts,
    value,
    unit: typeof rawUnit === 'string' ? rawUnit : undefined,
    machineId: typeof rawMachine === 'string' ? rawMachine : context.machineId,
  });
}
