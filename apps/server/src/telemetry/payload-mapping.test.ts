import { describe, expect, it } from 'vitest';
import { DEFAULT_MAPPING, mapPayload } from './payload-mapping.ts';
import { parseTime } from './telemetry-point.ts';

const context = { receivedAt: 1_700_000_000_000 };

describe('mapPayload', () => {
  it('reads a bare number with the topic as tag', () => {
    const mapped = mapPayload('21.5', DEFAULT_MAPPING, { ...context, topic: 'press-1/temp' });
    expect(mapped.points).toEqual([
      { tagId: 'press-1/temp', ts: 1_700_000_000_000, value: 21.5, unit: undefined, machineId: undefined },
    ]);
  });

  it('reads nested paths, a prefix, ISO and second timestamps', () => {
    const mapping = { pointsPath: 'd', tagPath: 'n', valuePath: 'v.x', timestampPath: 't', tagPrefix: 'm1/' };
    const body = JSON.stringify({
      d: [
        { n: 'a', v: { x: 1 }, t: '2024-01-01T00:00:00Z' },
        { n: 'b', v: { x: 2 }, t: 1_700_000_000 },
      ],
    });
    const mapped = mapPayload(body, mapping, context);
    expect(mapped.points.map((p) => [p.tagId, p.ts, p.value])).toEqual([
      ['m1/a', Date.UTC(2024, 0, 1), 1],
      ['m1/b', 1_700_000_000_000, 2],
    ]);
    expect(mapped.malformed).toEqual([]);
  });

  it('counts malformed items and keeps the good ones', () => {
    const body = JSON.stringify([
      { tag: 'a', value: 1 },
      { tag: 'b', value: 'hot' },
      { value: 3 },
      { tag: 'c', value: 4, ts: 'soon' },
    ]);
    const mapped = mapPayload(body, DEFAULT_MAPPING, context);
    expect(mapped.points.map((p) => p.tagId)).toEqual(['a']);
    expect(mapped.malformed.map((m) => m.reason)).toEqual([
      'no finite number at "value"',
      'no tag at "tag" and no topic',
      'unreadable time "soon"',
    ]);
    expect(mapPayload('{oops', DEFAULT_MAPPING, context).malformed[0]?.reason).toBe('body is not JSON');
  });

  it('parses times in ms, seconds and ISO form', () => {
    expect(parseTime(1_700_000_000_123)).toBe(1_700_000_000_123);
    expect(parseTime(1_700_000_000.5)).toBe(1_700_000_000_500);
    expect(parseTime('2024-01-01T00:00:01Z')).toBe(Date.UTC(2024, 0, 1, 0, 0, 1));
    expect(parseTime('nope')).toBeUndefined();
    expect(parseTime(Number.NaN)).toBeUndefined();
  });
});
