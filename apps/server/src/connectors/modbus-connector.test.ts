import net from 'node:net';
import { ServerTCP } from 'modbus-serial';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelemetryTestApp, type TelemetryTestApp } from '../telemetry/telemetry-test-app.ts';

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Holding registers: 0 = int16 -12, 1..2 = float32 25.5, 10 = uint16 1234 (×0.1). */
const HOLDING = new Map<number, number>([
  [0, 0x10000 - 12],
  [1, 0x41cc],
  [2, 0x0000],
  [10, 1234],
]);

async function startDevice(port: number): Promise<{ close(): Promise<void> }> {
  const server = new ServerTCP(
    {
      getHoldingRegister: (address: number) => HOLDING.get(address) ?? 0,
      getInputRegister: (address: number) => address,
    },
    { host: '127.0.0.1', port, unitID: 1 },
  );
  await new Promise<void>((resolve) => server.on('initialized', () => resolve()));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of server.socks.keys()) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('Modbus TCP connector against modbus-serial ServerTCP', () => {
  let test: TelemetryTestApp;
  beforeAll(async () => {
    test = await createTelemetryTestApp({ service: { detectors: false } });
  });
  afterAll(async () => {
    await test.close();
  });

  it('polls a register map, decodes types and scale, and reconnects after the device restarts', async () => {
    const port = await freePort();
    let device = await startDevice(port);
    const connector = await test.service.connectors.create({
      name: 'press plc',
      enabled: true,
      machine: 'press-7',
      config: {
        kind: 'modbus',
        host: '127.0.0.1',
        port,
        unitId: 1,
        pollMs: 50,
        timeoutMs: 300,
        registers: [
          {
            address: 0,
            type: 'int16',
            table: 'holding',
            scale: 1,
            offset: 0,
            wordOrder: 'big',
            tag: 'press-7/force',
          },
          {
            address: 1,
            type: 'float32',
            table: 'holding',
            scale: 1,
            offset: 0,
            wordOrder: 'big',
            tag: 'press-7/temp',
            unit: '°C',
          },
          {
            address: 10,
            type: 'uint16',
            table: 'holding',
            scale: 0.1,
            offset: 0,
            wordOrder: 'big',
            tag: 'press-7/speed',
          },
          {
            address: 7,
            type: 'uint16',
            table: 'input',
            scale: 1,
            offset: 0,
            wordOrder: 'big',
            tag: 'press-7/input7',
          },
        ],
      },
    });
    const latest = async () => {
      const rows = await test.database.query<{ tag_id: string; value: number }>(
        'SELECT tag_id, max_by(value, ts) AS value FROM telemetry GROUP BY tag_id ORDER BY tag_id',
      );
      return Object.fromEntries(rows.map((row) => [row.tag_id, row.value]));
    };
    await waitFor(async () => Object.keys(await latest()).length === 4);
    const values = await latest();
    expect(values['press-7/force']).toBe(-12);
    expect(values['press-7/temp']).toBe(25.5);
    expect(values['press-7/speed']).toBeCloseTo(123.4, 10);
    expect(values['press-7/input7']).toBe(7);

    await device.close();
    await waitFor(() => test.service.connectors.get(connector.id).state.status === 'failed');
    device = await startDevice(port);
    await waitFor(() => test.service.connectors.get(connector.id).state.status === 'connected');
    const before = test.service.connectors.get(connector.id).state.points;
    await waitFor(() => test.service.connectors.get(connector.id).state.points >= before + 8);
    await test.service.connectors.delete(connector.id);
    await device.close();
  });
});
