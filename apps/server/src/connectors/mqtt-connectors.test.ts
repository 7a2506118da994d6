import net from 'node:net';
import { Aedes } from 'aedes';
import { connectAsync } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelemetryTestApp, type TelemetryTestApp } from '../telemetry/telemetry-test-app.ts';

async function count(test: TelemetryTestApp, tag: string): Promise<number> {
  const rows = await test.database.query<{ n: number }>(
    'SELECT count(*)::DOUBLE AS n FROM telemetry WHERE tag_id = ?',
    [tag],
  );
  return rows[0]?.n ?? 0;
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A plain aedes broker standing in for a plant's own MQTT server. */
async function externalBroker(port: number): Promise<{ port: number; close(): Promise<void> }> {
  const broker = await Aedes.createBroker();
  const server = net.createServer(broker.handle);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('MQTT connectors against real brokers on loopback', () => {
  let test: TelemetryTestApp;
  beforeAll(async () => {
    // The production path: scores on the scoring thread.
    test = await createTelemetryTestApp({ service: { detectors: ['robust-z'], scoringThread: true } });
  });
  afterAll(async () => {
    await test.close();
  });

  it('embedded broker: PUBACK arrives only after the points are stored; malformed payloads are counted', async () => {
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/connectors',
      payload: {
        name: 'broker',
        machine: 'line-a',
        config: { kind: 'mqtt-broker', port: 0, topic: 'plant/#' },
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    await waitFor(() => test.service.connectors.get(id).state.status === 'connected');
    const port = Number(test.service.connectors.get(id).state.endpoint?.split(':').pop());
    for (const protocolVersion of [3, 4] as const) {
      const publisher = await connectAsync(`mqtt://127.0.0.1:${port}`, {
        protocolVersion,
        reconnectPeriod: 0,
      });
      const tag = `plant/v${protocolVersion}/temp`;
      for (let i = 0; i < 10; i++) {
        await publisher.publishAsync(tag, JSON.stringify({ value: i, ts: 1_700_000_000_000 + i }), {
          qos: 1,
        });
        // The PUBACK has come back: the point must already be committed.
        expect(await count(test, tag)).toBe(i + 1);
      }
      await publisher.publishAsync('plant/bad', 'not json', { qos: 1 });
      await publisher.publishAsync('other/ignored', '1', { qos: 1 });
      await publisher.endAsync();
    }
    const connector = (await test.app.inject({ url: `/api/connectors/${id}` })).json();
    expect(connector.state).toMatchObject({ status: 'connected', points: 20, malformed: 2 });
    expect(connector.state.malformedSample).toContain('not json');
    const tags = await test.database.query<{ machine_id: string }>(
      "SELECT machine_id FROM tags WHERE id = 'plant/v4/temp'",
    );
    expect(tags).toEqual([{ machine_id: 'line-a' }]);
    expect(await count(test, 'other/ignored')).toBe(0);
    await test.app.inject({ method: 'DELETE', url: `/api/connectors/${id}` });
  });

  it('external broker: subscribes (MQTT 3.1.1; aedes has no MQTT 5), survives a broker restart, and alarms while it is down', async () => {
    let broker = await externalBroker(0);
    const port = broker.port;
    const created = await test.service.connectors.create({
      name: 'site broker',
      enabled: true,
      config: {
        kind: 'mqtt',
        url: `mqtt://127.0.0.1:${port}`,
        protocolVersion: 4,
        topics: ['site/#'],
        qos: 1,
        mapping: { pointsPath: 'points', tagPath: 'id', valuePath: 'v', tagPrefix: 'site/' },
      },
    });
    await waitFor(() => test.service.connectors.get(created.id).state.status === 'connected');
    const publish = async (value: number) => {
      const publisher = await connectAsync(`mqtt://127.0.0.1:${port}`, { reconnectPeriod: 0 });
      await publisher.publishAsync(
        'site/x',
        JSON.stringify({
          points: [
            { id: 'flow', v: value },
            { id: 'level', v: value },
          ],
        }),
        { qos: 1 },
      );
      await publisher.endAsync();
    };
    await publish(1);
    await waitFor(async () => (await count(test, 'site/level')) === 1);

    await broker.close();
    await waitFor(() => test.service.connectors.get(created.id).state.status === 'failed');
    await test.service.flush();
    const alarms = await test.service.alarms.list({ state: 'open', limit: 10 });
    expect(alarms.map((alarm) => alarm.ruleId)).toContain(`connector:${created.id}`);

    broker = await externalBroker(port);
    await waitFor(() => test.service.connectors.get(created.id).state.status === 'connected');
    await publish(2);
    await waitFor(async () => (await count(test, 'site/level')) === 2);
    expect(test.service.connectors.get(created.id).state.reconnects).toBeGreaterThanOrEqual(1);
    await test.service.flush();
    expect((await test.service.alarms.list({ state: 'open', limit: 10 })).map((a) => a.ruleId)).not.toContain(
      `connector:${created.id}`,
    );
    await test.service.connectors.delete(created.id);
    await broker.close();
  });

  it('tests a configuration without storing it', async () => {
    const result = await test.app.inject({
      method: 'POST',
      url: '/api/connectors/test',
      payload: { name: 't', config: { kind: 'mqtt', url: 'mqtt://127.0.0.1:1', topics: ['#'] } },
    });
    expect(result.json()).toMatchObject({ ok: false });
    expect(result.json().message).toMatch(/ECONNREFUSED/);
  });
});
