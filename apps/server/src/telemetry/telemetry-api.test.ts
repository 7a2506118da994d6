import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelemetryTestApp, type TelemetryTestApp } from './telemetry-test-app.ts';

const T0 = Date.UTC(2026, 0, 1);

describe('telemetry API', () => {
  let test: TelemetryTestApp;
  beforeEach(async () => {
    test = await createTelemetryTestApp({ manualClock: T0, service: { detectors: ['robust-z'] } });
  });
  afterEach(async () => {
    await test.close();
  });

  it('stores an HTTP batch before answering, skips malformed points and creates unknown tags', async () => {
    const points = [
      ...Array.from({ length: 100 }, (_, i) => ({
        tag: 'press-1/temp',
        ts: T0 + i * 1000,
        value: i % 10,
        unit: '°C',
      })),
      { tag: 'press-1/temp', value: 'hot' },
      { value: 3 },
    ];
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/telemetry/ingest',
      payload: { points },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ accepted: 100, malformed: 2 });
    const rows = await test.database.query<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM telemetry');
    expect(rows[0]?.n).toBe(100);
    const tags = await test.database.query<{ machine_id: string; name: string; unit: string }>(
      "SELECT machine_id, name, unit FROM tags WHERE id = 'press-1/temp'",
    );
    expect(tags).toEqual([{ machine_id: 'press-1', name: 'temp', unit: '°C' }]);

    const series = await test.app.inject({
      url: `/api/telemetry/series?tag=press-1/temp&from=${T0}&to=${T0 + 100_000}&buckets=10`,
    });
    const body = series.json();
    expect(body.bucketMs).toBe(10_000);
    expect(body.ts).toEqual(Array.from({ length: 10 }, (_, i) => T0 + i * 10_000));
    expect(body.min.every((v: number) => v === 0)).toBe(true);
    expect(body.max.every((v: number) => v === 9)).toBe(true);
    expect(body.avg[0]).toBeCloseTo(4.5, 12);
    expect(body.count[0]).toBe(10);

    // Scores come from the scoring thread a moment after the commit; flush waits for them.
    await test.service.flush();
    const latest = (await test.app.inject({ url: '/api/telemetry/latest?machine=press-1' })).json();
    expect(latest.tags[0]).toMatchObject({ tag: 'press-1/temp', ts: T0 + 99_000, value: 9 });
    expect(typeof latest.tags[0].score).toBe('number');
  });

  it('raises, acknowledges and clears a threshold alarm with minimum duration', async () => {
    const rule = await test.app.inject({
      method: 'POST',
      url: '/api/alarm-rules',
      payload: {
        name: 'hot oil',
        tag: 'pump-1/oil',
        severity: 'critical',
        condition: { kind: 'threshold', above: 80, hysteresis: 5 },
        minDurationSeconds: 10,
      },
    });
    expect(rule.statusCode).toBe(201);
    const send = async (value: number) => {
      await test.app.inject({
        method: 'POST',
        url: '/api/telemetry/ingest',
        payload: { points: [{ tag: 'pump-1/oil', value }] },
      });
      await test.service.flush();
    };
    await send(85);
    test.clock?.advance(9000);
    await send(86);
    expect((await test.app.inject({ url: '/api/alarms' })).json()).toEqual([]);
    test.clock?.advance(1000);
    await send(84);
    const open = (await test.app.inject({ url: '/api/alarms' })).json();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      name: 'hot oil',
      machine: 'pump-1',
      severity: 'critical',
      state: 'active',
      value: 84,
      raisedAt: T0 + 10_000,
    });
    const acknowledged = await test.app.inject({
      method: 'POST',
      url: `/api/alarms/${open[0].id}/acknowledge`,
    });
    expect(acknowledged.json()).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'local-admin' });
    await send(74);
    const history = (await test.app.inject({ url: '/api/alarms?state=all' })).json();
    expect(history[0]).toMatchObject({ state: 'cleared', clearedAt: T0 + 10_000 });
  });

  it('applies retention and validates queries', async () => {
    test.clock?.set(T0 + 10 * 86_400_000);
    await test.app.inject({
      method: 'POST',
      url: '/api/telemetry/ingest',
      payload: {
        points: [
          { tag: 'a', ts: T0, value: 1 },
          { tag: 'a', ts: T0 + 9 * 86_400_000, value: 2 },
        ],
      },
    });
    const put = await test.app.inject({
      method: 'PUT',
      url: '/api/telemetry/retention',
      payload: { days: 3 },
    });
    expect(put.json()).toEqual({ days: 3 });
    const rows = await test.database.query<{ value: number }>('SELECT value FROM telemetry');
    expect(rows).toEqual([{ value: 2 }]);
    const bad = await test.app.inject({ url: '/api/telemetry/series?tag=a&from=yesterday' });
    expect(bad.statusCode).toBe(422);
  });

  it('streams points and alarms over SSE', async () => {
    await test.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = test.app.server.address() as AddressInfo;
    await test.service.alarms.saveRule({
      name: 'high',
      tag: 'm/x',
      severity: 'warning',
      condition: { kind: 'threshold', above: 5, hysteresis: 0 },
      minDurationSeconds: 0,
      enabled: true,
    });
    const received = new Promise<string>((resolve, reject) => {
      get(`http://127.0.0.1:${port}/api/telemetry/stream?machine=m`, (response) => {
        expect(response.headers['content-type']).toMatch(/text\/event-stream/);
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (
            text.includes('event: points') &&
            text.includes('event: alarm') &&
            text.includes('event: scores')
          ) {
            response.destroy();
            resolve(text);
          }
          if (text === ': connected\n\n') {
            void test.service.ingest([
              { tagId: 'other/y', ts: T0, value: 1 },
              { tagId: 'm/x', ts: T0, value: 9 },
            ]);
          }
        });
      }).on('error', reject);
    });
    const text = await received;
    expect(text).toContain('"tag":"m/x"');
    expect(text).not.toContain('other/y');
  });
});
