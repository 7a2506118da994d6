import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { Aedes, type AuthenticateError } from 'aedes';
import { connectAsync } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelemetryTestApp, type TelemetryTestApp } from '../telemetry/telemetry-test-app.ts';

/** Self-signed, CN=localhost, SAN localhost + 127.0.0.1, valid to 2036 (see test-fixtures/README.md). */
const fixtures = path.join(import.meta.dirname, 'test-fixtures');
const CERT = readFileSync(path.join(fixtures, 'localhost-cert.pem'), 'utf8');
const KEY = readFileSync(path.join(fixtures, 'localhost-key.pem'), 'utf8');
const USER = 'plant';
const PASSWORD = 's3cret';

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** An aedes broker served over node:tls that admits one user, standing in for a plant's secured broker. */
async function tlsBroker(): Promise<{ port: number; close(): Promise<void> }> {
  const broker = await Aedes.createBroker({
    authenticate: (_client, username, password, done) => {
      if (username === USER && password?.toString('utf8') === PASSWORD) return done(null, true);
      const error = new Error('bad user name or password') as AuthenticateError;
      error.returnCode = 4;
      return done(error, false);
    },
  });
  const server = tls.createServer({ cert: CERT, key: KEY }, broker.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('MQTT client connector over TLS with user name and password', () => {
  let test: TelemetryTestApp;
  let broker: Awaited<ReturnType<typeof tlsBroker>>;
  beforeAll(async () => {
    test = await createTelemetryTestApp({ service: { detectors: false } });
    broker = await tlsBroker();
  });
  afterAll(async () => {
    await test.close();
    await broker.close();
  });

  const config = (overrides: Record<string, unknown> = {}) => ({
    kind: 'mqtt',
    url: `mqtts://localhost:${broker.port}`,
    topics: ['secure/#'],
    username: USER,
    password: PASSWORD,
    tls: { ca: CERT },
    ...overrides,
  });

  it('verifies the broker against the configured CA, logs in, and stores what a TLS publisher sends', async () => {
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/connectors',
      payload: { name: 'secured site broker', machine: 'kiln-2', config: config() },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    await waitFor(() => test.service.connectors.get(id).state.status === 'connected');
    expect(test.service.connectors.get(id).state.endpoint).toBe(`mqtts://localhost:${broker.port}`);

    const publisher = await connectAsync(`mqtts://localhost:${broker.port}`, {
      ca: CERT,
      username: USER,
      password: PASSWORD,
      reconnectPeriod: 0,
    });
    await publisher.publishAsync(
      'secure/kiln-2/temp',
      JSON.stringify({ value: 812.5, ts: 1_700_000_000_000 }),
      {
        qos: 1,
      },
    );
    await publisher.endAsync();
    const stored = async () =>
      test.database.query<{ value: number }>(
        "SELECT value FROM telemetry WHERE tag_id = 'secure/kiln-2/temp'",
      );
    // The runner counts a point once its commit resolved, a moment after the row is visible.
    await waitFor(
      async () => (await stored()).length === 1 && test.service.connectors.get(id).state.points === 1,
    );
    expect(await stored()).toEqual([{ value: 812.5 }]);
    expect(test.service.connectors.get(id).state).toMatchObject({
      status: 'connected',
      points: 1,
      malformed: 0,
    });
    await test.app.inject({ method: 'DELETE', url: `/api/connectors/${id}` });
  });

  it('refuses a wrong password, an unknown CA and a plain-TCP URL, with the reason', async () => {
    const tryConfig = async (overrides: Record<string, unknown>) =>
      (
        await test.app.inject({
          method: 'POST',
          url: '/api/connectors/test',
          payload: { name: 't', config: config(overrides) },
        })
      ).json() as { ok: boolean; message: string };
    expect(await tryConfig({ password: 'wrong' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Bad username or password|Not authorized/i),
    });
    expect(await tryConfig({ tls: {} })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/self[- ]signed/i),
    });
    expect(await tryConfig({ url: `mqtt://localhost:${broker.port}` })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/closed/),
    });
  });

  it('accepts protocolVersion 5 and really speaks MQTT 5: aedes (3.1.1 only) refuses the connection', async () => {
    const result = await test.app.inject({
      method: 'POST',
      url: '/api/connectors/test',
      payload: { name: 't', config: config({ protocolVersion: 5 }) },
    });
    expect(result.statusCode).toBe(200);
    expect(result.json()).toMatchObject({ ok: false, message: expect.stringMatching(/protocol/i) });
  });
});

/**
 * A minimal MQTT 5 peer written from the OASIS MQTT 5.0 spec (§3.1 CONNECT, §3.2 CONNACK, §3.3 PUBLISH,
 * §3.4 PUBACK, §3.8 SUBSCRIBE, §3.9 SUBACK): enough to hand the connector one QoS 1 message. No real
 * MQTT 5 broker is installed (aedes speaks 3.1.1 only), so this checks our side of the protocol only.
 */
async function mqtt5Peer(): Promise<{
  port: number;
  /** Protocol level of the CONNECT received. */
  readonly protocolLevel: () => number | undefined;
  /** Sends one QoS 1 PUBLISH (with a user property); resolves when its PUBACK arrives. */
  publish(topic: string, body: string): Promise<void>;
  close(): Promise<void>;
}> {
  let socket: net.Socket | undefined;
  let level: number | undefined;
  let subscribed: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    subscribed = resolve;
  });
  const acks = new Map<number, () => void>();
  const varint = (value: number): number[] => {
    const bytes: number[] = [];
    do {
      let byte = value % 128;
      value = Math.floor(value / 128);
      if (value > 0) byte |= 0x80;
      bytes.push(byte);
    } while (value > 0);
    return bytes;
  };
  const packet = (type: number, body: number[] | Buffer) =>
    Buffer.concat([Buffer.from([type, ...varint(body.length)]), Buffer.from(body)]);
  const onPacket = (type: number, body: Buffer) => {
    if (type >> 4 === 1) {
      level = body[6];
      socket?.write(packet(0x20, [0, 0, 0])); // CONNACK: no session, success, no properties
    } else if (type >> 4 === 8) {
      socket?.write(packet(0x90, [body[0]!, body[1]!, 0, 1])); // SUBACK: granted QoS 1
      subscribed();
    } else if (type >> 4 === 4) {
      acks.get(body.readUInt16BE(0))?.();
    } else if (type >> 4 === 12) {
      socket?.write(packet(0xd0, []));
    }
  };
  const server = net.createServer((connection) => {
    socket = connection;
    let pending = Buffer.alloc(0);
    connection.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        let length = 0;
        let multiplier = 1;
        let offset = 1;
        for (; offset < pending.length; offset++) {
          length += (pending[offset]! & 0x7f) * multiplier;
          multiplier *= 128;
          if ((pending[offset]! & 0x80) === 0) break;
        }
        if (offset >= pending.length || pending.length < offset + 1 + length) return;
        onPacket(pending[0]!, pending.subarray(offset + 1, offset + 1 + length));
        pending = pending.subarray(offset + 1 + length);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let nextId = 1;
  return {
    port: (server.address() as net.AddressInfo).port,
    protocolLevel: () => level,
    async publish(topic, body) {
      await ready;
      const id = nextId++;
      const topicBytes = Buffer.from(topic, 'utf8');
      const user = (text: string) => [...[0, text.length], ...Buffer.from(text, 'utf8')];
      const properties = [0x26, ...user('site'), ...user('a')]; // a user property, as v5 brokers forward them
      const acked = new Promise<void>((resolve) => acks.set(id, resolve));
      socket?.write(
        packet(
          0x32,
          Buffer.concat([
            Buffer.from([topicBytes.length >> 8, topicBytes.length & 0xff]),
            topicBytes,
            Buffer.from([id >> 8, id & 0xff, ...varint(properties.length), ...properties]),
            Buffer.from(body, 'utf8'),
          ]),
        ),
      );
      await acked;
    },
    async close() {
      socket?.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('MQTT client connector with protocolVersion 5', () => {
  it('connects with MQTT 5, reads a PUBLISH with properties and acknowledges it only after storing it', async () => {
    const test = await createTelemetryTestApp({ service: { detectors: false } });
    const peer = await mqtt5Peer();
    try {
      const connector = await test.service.connectors.create({
        name: 'v5 broker',
        enabled: true,
        config: {
          kind: 'mqtt',
          url: `mqtt://127.0.0.1:${peer.port}`,
          protocolVersion: 5,
          topics: ['v5/#'],
          qos: 1,
          mapping: { valuePath: 'value', tagPrefix: '' },
        },
      });
      await waitFor(() => test.service.connectors.get(connector.id).state.status === 'connected');
      expect(peer.protocolLevel()).toBe(5);
      await peer.publish('v5/press/force', JSON.stringify({ value: 42.25 }));
      // The PUBACK is in: the point is already committed.
      const rows = await test.database.query<{ value: number }>(
        "SELECT value FROM telemetry WHERE tag_id = 'v5/press/force'",
      );
      expect(rows).toEqual([{ value: 42.25 }]);
    } finally {
      await test.close();
      await peer.close();
    }
  });
});
