/** Embedded MQTT broker (aedes): devices publish to zhizao directly; QoS 1 PUBACK is sent only after the points are stored. */
import net from 'node:net';
import type { PayloadMapping } from '@zhizao/contract';
import { Aedes, type AuthenticateError } from 'aedes';
import { mapPayload } from '../telemetry/payload-mapping.ts';
import type { ConnectorDriver, ConnectorSink } from './connector-driver.ts';
import { topicMatches } from './mqtt-topic.ts';

/** Settings of {@link MqttBrokerDriver}. */
export interface MqttBrokerSettings {
  readonly host: string;
  readonly port: number;
  readonly topic: string;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  readonly mapping: PayloadMapping;
  readonly machineId?: string | undefined;
}

/**
 * Listens for MQTT 3.1 / 3.1.1 clients (aedes 1.2 refuses an MQTT 5 CONNECT). Publishes are mapped in
 * `authorizePublish`, whose callback aedes awaits before it writes the PUBACK: the callback runs after
 * the batch is committed, so a device never sees an acknowledgement for a point that could still be lost.
 */
export class MqttBrokerDriver implements ConnectorDriver {
  private broker: Aedes | undefined;
  private server: net.Server | undefined;

  constructor(private readonly settings: MqttBrokerSettings) {}

  /** Port actually bound (useful with port 0). */
  get port(): number | undefined {
    const address = this.server?.address();
    return typeof address === 'object' && address !== null ? address.port : undefined;
  }

  async start(sink: ConnectorSink): Promise<void> {
    const { settings } = this;
    const broker = await Aedes.createBroker({
      authenticate: (_client, username, password, done) => {
        if (settings.username === undefined) return done(null, true);
        const ok = username === settings.username && password?.toString('utf8') === (settings.password ?? '');
        if (ok) return done(null, true);
        const error = new Error('bad user name or password') as AuthenticateError;
        error.returnCode = 4;
        return done(error, false);
      },
      authorizePublish: (client, packet, callback) => {
        if (client === null || !topicMatches(settings.topic, packet.topic)) return callback(null);
        const mapped = mapPayload(packet.payload as Buffer, settings.mapping, {
          topic: packet.topic,
          receivedAt: sink.now(),
          machineId: settings.machineId,
        });
        if (mapped.malformed.length > 0) sink.malformed(mapped.malformed);
        if (mapped.points.length === 0) return callback(null);
        sink.ingest(mapped.points).then(
          () => callback(null),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      },
    });
    this.broker = broker;
    const server = net.createServer(broker.handle);
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(settings.port, settings.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (error) => sink.failed(error));
    sink.connected(`mqtt://${settings.host}:${this.port ?? settings.port}`);
  }

  async stop(): Promise<void> {
    const broker = this.broker;
    const server = this.server;
    this.broker = undefined;
    this.server = undefined;
    if (broker !== undefined) await new Promise<void>((resolve) => broker.close(() => resolve()));
    if (server?.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
