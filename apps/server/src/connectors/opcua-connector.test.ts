import { DataType, OPCUAServer, Variant } from 'node-opcua';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelemetryTestApp, type TelemetryTestApp } from '../telemetry/telemetry-test-app.ts';

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One OPC UA server for the file (starting one takes seconds): a boiler with temperature and pressure. */
async function startServer(port: number): Promise<{ server: OPCUAServer; endpoint: string; tick(): void }> {
  const server = new OPCUAServer({
    port,
    hostname: '127.0.0.1',
    resourcePath: '/zhizao',
    allowAnonymous: true,
  });
  await server.initialize();
  const namespace = server.engine.addressSpace!.getOwnNamespace();
  const boiler = namespace.addObject({
    organizedBy: server.engine.addressSpace!.rootFolder.objects,
    browseName: 'Boiler',
  });
  let temperature = 20;
  namespace.addVariable({
    componentOf: boiler,
    browseName: 'Temperature',
    nodeId: 's=Temperature',
    dataType: 'Double',
    // Without it node-opcua samples getter variables at most once a second.
    minimumSamplingInterval: 50,
    value: { get: () => new Variant({ dataType: DataType.Double, value: temperature }) },
  });
  namespace.addVariable({
    componentOf: boiler,
    browseName: 'Pressure',
    nodeId: 's=Pressure',
    dataType: 'Double',
    minimumSamplingInterval: 50,
    value: { get: () => new Variant({ dataType: DataType.Double, value: 1.5 }) },
  });
  await server.start();
  return {
    server,
    endpoint: `opc.tcp://127.0.0.1:${port}/zhizao`,
    tick: () => {
      temperature += 1;
    },
  };
}

describe('OPC UA connector against a node-opcua server', () => {
  let test: TelemetryTestApp;
  let opcua: Awaited<ReturnType<typeof startServer>>;
  let timer: NodeJS.Timeout;
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  beforeAll(async () => {
    test = await createTelemetryTestApp({ service: { detectors: false } });
    opcua = await startServer(port);
    timer = setInterval(() => opcua.tick(), 50);
  }, 30_000);
  afterAll(async () => {
    clearInterval(timer);
    await test.close();
    await opcua.server.shutdown(0);
  });

  it('browses nodes and subscribes to variables', async () => {
    const browse = await test.app.inject({
      method: 'POST',
      url: '/api/connectors/opcua/browse',
      payload: { endpoint: opcua.endpoint, nodeId: 'ObjectsFolder' },
    });
    expect(browse.statusCode).toBe(200);
    const boiler = browse
      .json()
      .children.find((child: { browseName: string }) => child.browseName.endsWith('Boiler'));
    expect(boiler).toBeDefined();
    const inside = (
      await test.app.inject({
        method: 'POST',
        url: '/api/connectors/opcua/browse',
        payload: { endpoint: opcua.endpoint, nodeId: boiler.nodeId },
      })
    ).json();
    expect(
      inside.children
        .filter((c: { isVariable: boolean }) => c.isVariable)
        .map((c: { nodeId: string }) => c.nodeId)
        .sort(),
    ).toEqual(['ns=1;s=Pressure', 'ns=1;s=Temperature']);

    const connector = await test.service.connectors.create({
      name: 'boiler',
      enabled: true,
      machine: 'boiler-1',
      config: {
        kind: 'opcua',
        endpoint: opcua.endpoint,
        samplingIntervalMs: 50,
        securityMode: 'None',
        securityPolicy: 'None',
        nodes: [
          { nodeId: 'ns=1;s=Temperature', tag: 'boiler-1/temp', unit: '°C' },
          { nodeId: 'ns=1;s=Pressure', tag: 'boiler-1/pressure' },
        ],
      },
    });
    const count = async (tag: string) =>
      (
        await test.database.query<{ n: number }>(
          'SELECT count(*)::DOUBLE AS n FROM telemetry WHERE tag_id = ?',
          [tag],
        )
      )[0]?.n ?? 0;
    await waitFor(async () => (await count('boiler-1/temp')) >= 3 && (await count('boiler-1/pressure')) >= 1);
    const temps = await test.database.query<{ value: number }>(
      "SELECT value FROM telemetry WHERE tag_id = 'boiler-1/temp' ORDER BY ts",
    );
    expect(temps.every((row, i) => i === 0 || row.value > temps[i - 1]!.value)).toBe(true);

    expect(test.service.connectors.get(connector.id).state).toMatchObject({
      status: 'connected',
      malformed: 0,
    });
    await test.service.connectors.delete(connector.id);
  }, 40_000);

  it('shows the lost connection, reconnects when the server is back on its port, and values flow again', async () => {
    const count = async () =>
      (
        await test.database.query<{ n: number }>(
          "SELECT count(*)::DOUBLE AS n FROM telemetry WHERE tag_id = 'kiln/temp'",
        )
      )[0]?.n ?? 0;
    const connector = await test.service.connectors.create({
      name: 'kiln',
      enabled: true,
      config: {
        kind: 'opcua',
        endpoint: opcua.endpoint,
        samplingIntervalMs: 50,
        securityMode: 'None',
        securityPolicy: 'None',
        nodes: [{ nodeId: 'ns=1;s=Temperature', tag: 'kiln/temp' }],
      },
    });
    const state = () => test.service.connectors.get(connector.id).state;
    await waitFor(async () => (await count()) >= 3);

    clearInterval(timer);
    await opcua.server.shutdown(0);
    await waitFor(() => state().status !== 'connected');
    expect(['failed', 'connecting']).toContain(state().status);
    await test.service.flush();
    const open = await test.service.alarms.list({ state: 'open', limit: 10 });
    expect(open.map((alarm) => alarm.ruleId)).toContain(`connector:${connector.id}`);
    const before = await count();

    // The same port, a fresh address space: the connector must open a new session and subscription.
    opcua = await startServer(port);
    timer = setInterval(() => opcua.tick(), 50);
    await waitFor(() => state().status === 'connected', 20_000);
    await waitFor(async () => (await count()) >= before + 3);
    expect(state().reconnects).toBeGreaterThanOrEqual(1);
    expect(state().lastError).toBeNull();
    await test.service.flush();
    const after = await test.service.alarms.list({ state: 'open', limit: 10 });
    expect(after.map((alarm) => alarm.ruleId)).not.toContain(`connector:${connector.id}`);
    await test.service.connectors.delete(connector.id);
  }, 60_000);
});
