/** Turns a message (MQTT topic + body, HTTP JSON point) into telemetry points using a connector's mapping. */
import type { PayloadMapping } from '@zhizao/contract';
import { compilePath, type PathReader } from './json-path.ts';
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

/** A mapping with its paths compiled to readers. */
interface CompiledMapping {
  readonly points: PathReader | undefined;
  readonly value: PathReader;
  readonly tag: PathReader;
  readonly time: PathReader;
  readonly unit: PathReader;
  readonly machine: PathReader;
}

/** Connectors keep one mapping object for their lifetime: compile its paths once, not for every point. */
const compiledMappings = new WeakMap<PayloadMapping, CompiledMapping>();

function compiledOf(mapping: PayloadMapping): CompiledMapping {
  let compiled = compiledMappings.get(mapping);
  if (compiled === undefined) {
    compiled = {
      points: mapping.pointsPath === undefined ? undefined : compilePath(mapping.pointsPath),
      value: compilePath(mapping.valuePath),
      tag: compilePath(mapping.tagPath ?? 'tag'),
      time: compilePath(mapping.timestampPath ?? 'ts'),
      unit: compilePath(mapping.unitPath ?? 'unit'),
      machine: compilePath('machine'),
    };
    compiledMappings.set(mapping, compiled);
  }
  return compiled;
}

/** Maps already-parsed JSON (see {@link mapPayload}). */
export function mapParsed(parsed: unknown, mapping: PayloadMapping, context: MessageContext): MappedPayload {
  const points: TelemetryPoint[] = [];
  const malformed: MalformedInput[] = [];
  const compiled = compiledOf(mapping);
  const target: Target = { mapping, compiled, context, points, malformed };
  const list = compiled.points === undefined ? parsed : compiled.points(parsed);
  if (Array.isArray(list)) {
    for (let i = 0; i < list.length; i++) addPoint(list[i], target);
  } else if (mapping.pointsPath !== undefined) {
    malformed.push({ reason: `no array at "${mapping.pointsPath}"`, sample: sampleOf(parsed) });
  } else {
    addPoint(parsed, target);
  }
  return { points, malformed };
}

/** Where {@link addPoint} puts what it reads (one per message). */
interface Target {
  readonly mapping: PayloadMapping;
  readonly compiled: CompiledMapping;
  readonly context: MessageContext;
  readonly points: TelemetryPoint[];
  readonly malformed: MalformedInput[];
}

function addPoint(item: unknown, target: Target): void {
  const { mapping, compiled, context } = target;
  const isObject = item !== null && typeof item === 'object' && !Array.isArray(item);
  const rawValue = isObject ? compiled.value(item) : item;
  const value =
    typeof rawValue === 'number' ? rawValue : typeof rawValue === 'boolean' ? Number(rawValue) : Number.NaN;
  if (!Number.isFinite(value)) {
    target.malformed.push({
      reason: `no finite number at "${isObject ? mapping.valuePath : ''}"`,
      sample: sampleOf(item),
    });
    return;
  }
  const rawTag = isObject ? compiled.tag(item) : undefined;
  const tag = typeof rawTag === 'string' && rawTag.length > 0 ? rawTag : context.topic;
  if (tag === undefined || tag.length === 0) {
    target.malformed.push({
      reason: `no tag at "${mapping.tagPath ?? 'tag'}" and no topic`,
      sample: sampleOf(item),
    });
    return;
  }
  const rawTime = isObject ? compiled.time(item) : undefined;
  const ts = rawTime === undefined || rawTime === null ? context.receivedAt : parseTime(rawTime);
  if (ts === undefined) {
    target.malformed.push({
      reason: `unreadable time ${sampleOf(JSON.stringify(rawTime), 40)}`,
      sample: sampleOf(item),
    });
    return;
  }
  const rawUnit = isObject ? compiled.unit(item) : undefined;
  const rawMachine = isObject ? compiled.machine(item) : undefined;
  target.points.push({
    tagId: mapping.tagPrefix.length === 0 ? tag : mapping.tagPrefix + tag,
    ts,
    value,
    unit: typeof rawUnit === 'string' ? rawUnit : undefined,
    machineId: typeof rawMachine === 'string' ? rawMachine : context.machineId,
  });
}
