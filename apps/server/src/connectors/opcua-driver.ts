/** OPC UA client subscription (node-opcua, loaded lazily so the server starts fast without it) and node browsing. */
import type { ConnectorConfig, OpcuaBrowseResult } from '@zhizao/contract';
import type { ClientSession, OPCUAClient } from 'node-opcua';
import type { ConnectorDriver, ConnectorSink } from './connector-driver.ts';

type OpcuaConfig = Extract<ConnectorConfig, { kind: 'opcua' }>;
type NodeOpcua = typeof import('node-opcua');

let loaded: Promise<NodeOpcua> | undefined;

/** node-opcua takes about a second to import; only OPC UA users pay for it. */
export function loadNodeOpcua(): Promise<NodeOpcua> {
  loaded ??= import('node-opcua');
  return loaded;
}

interface Credentials {
  readonly username?: string | undefined;
  readonly password?: string | undefined;
}

async function openSession(
  opcua: NodeOpcua,
  endpoint: string,
  options: Credentials & {
    securityMode?: OpcuaConfig['securityMode'];
    securityPolicy?: OpcuaConfig['securityPolicy'];
  },
): Promise<{ client: OPCUAClient; session: ClientSession }> {
  const client = opcua.OPCUAClient.create({
    applicationName: 'zhizao',
    endpointMustExist: false,
    connectionStrategy: { maxRetry: 0, initialDelay: 200, maxDelay: 1000 },
    securityMode: opcua.MessageSecurityMode[options.securityMode ?? 'None'],
    securityPolicy: opcua.SecurityPolicy[options.securityPolicy ?? 'None'],
    keepSessionAlive: true,
  });
  await client.connect(endpoint);
  try {
    const session =
      options.username === undefined
        ? await client.createSession()
        : await client.createSession({
            type: opcua.UserTokenType.UserName,
            userName: options.username,
            password: options.password ?? '',
          });
    return { client, session };
  } catch (error) {
    await client.disconnect();
    throw error;
  }
}

/** Monitors the configured nodes; every data change becomes a point stamped with the source timestamp. */
export class OpcuaDriver implements ConnectorDriver {
  private client: OPCUAClient | undefined;
  private session: ClientSession | undefined;

  constructor(
    private readonly config: OpcuaConfig,
    private readonly machineId?: string | undefined,
  ) {}

  async start(sink: ConnectorSink): Promise<void> {
    const opcua = await loadNodeOpcua();
    const { client, session } = await openSession(opcua, this.config.endpoint, this.config);
    this.client = client;
    this.session = session;
    client.on('connection_lost', () => sink.failed(new Error(`connection to ${this.config.endpoint} lost`)));
    const subscription = opcua.ClientSubscription.create(session, {
      requestedPublishingInterval: this.config.samplingIntervalMs,
      requestedLifetimeCount: 100,
      requestedMaxKeepAliveCount: 10,
      maxNotificationsPerPublish: 10_000,
      publishingEnabled: true,
      priority: 10,
    });
    for (const node of this.config.nodes) {
      const item = opcua.ClientMonitoredItem.create(
        subscription,
        { nodeId: node.nodeId, attributeId: opcua.AttributeIds.Value },
        { samplingInterval: this.config.samplingIntervalMs, discardOldest: true, queueSize: 100 },
        opcua.TimestampsToReturn.Both,
      );
      item.on('changed', (dataValue) => {
        const raw: unknown = dataValue.value.value;
        const value = typeof raw === 'number' ? raw : typeof raw === 'boolean' ? Number(raw) : Number.NaN;
        if (!dataValue.statusCode.isGood() || !Number.isFinite(value)) {
          sink.malformed([
            { reason: `bad value from ${node.nodeId} (${dataValue.statusCode.name})`, sample: String(raw) },
          ]);
          return;
        }
        const ts = dataValue.sourceTimestamp?.getTime() ?? sink.now();
        sink
          .ingest([{ tagId: node.tag, ts, value, unit: node.unit, machineId: this.machineId }])
          .catch((error: unknown) => sink.failed(error));
      });
      item.on('err', (message: string) =>
        sink.malformed([{ reason: `cannot monitor ${node.nodeId}`, sample: message }]),
      );
    }
    sink.connected(this.config.endpoint);
  }

  async stop(): Promise<void> {
    const client = this.client;
    const session = this.session;
    this.client = undefined;
    this.session = undefined;
    await session?.close().catch(() => undefined);
    await client?.disconnect().catch(() => undefined);
  }
}

/** Lists the children of a node, to pick the variables a connector should monitor. */
export async function browseOpcua(
  endpoint: string,
  nodeId: string,
  credentials: Credentials = {},
): Promise<OpcuaBrowseResult> {
  const opcua = await loadNodeOpcua();
  const { client, session } = await openSession(opcua, endpoint, credentials);
  try {
    const result = await session.browse(nodeId);
    const children = (result.references ?? []).map((reference) => ({
      nodeId: reference.nodeId.toString(),
      browseName: reference.browseName.toString(),
      nodeClass: opcua.NodeClass[reference.nodeClass] ?? String(reference.nodeClass),
      isVariable: reference.nodeClass === opcua.NodeClass.Variable,
    }));
    return { nodeId, children };
  } finally {
    await session.close().catch(() => undefined);
    await client.disconnect().catch(() => undefined);
  }
}
