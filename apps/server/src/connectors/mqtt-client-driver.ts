/** Subscribes to an external MQTT broker (3.1.1 or 5, TLS, user/password); QoS 1 messages are acknowledged after storage. */
import type { ConnectorConfig } from '@zhizao/contract';
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { mapPayload } from '../telemetry/payload-mapping.ts';
import type { ConnectorDriver, ConnectorSink } from './connector-driver.ts';

type MqttClientConfig = Extract<ConnectorConfig, { kind: 'mqtt' }>;

/**
 * One mqtt.js client with a persistent session (clean = false, stable client id): a message that was
 * not acknowledged before a crash or disconnect is delivered again by the broker. mqtt.js's own
 * reconnect is off; the runner reconnects with backoff.
 */
export class MqttClientDriver implements ConnectorDriver {
  private client: MqttClient | undefined;

  constructor(
    private readonly config: MqttClientConfig,
    private readonly clientId: string,
    private readonly machineId?: string | undefined,
  ) {}

  start(sink: ConnectorSink): Promise<void> {
    const { config } = this;
    const options: IClientOptions = {
      protocolVersion: config.protocolVersion,
      clientId: config.clientId ?? this.clientId,
      clean: false,
      reconnectPeriod: 0,
      connectTimeout: 10_000,
      ...(config.username === undefined ? {} : { username: config.username }),
      ...(config.password === undefined ? {} : { password: config.password }),
      ...(config.protocolVersion === 5 ? { properties: { sessionExpiryInterval: 3600 } } : {}),
      ...(config.tls === undefined
        ? {}
        : {
            rejectUnauthorized: config.tls.rejectUnauthorized,
            ...(config.tls.ca === undefined ? {} : { ca: config.tls.ca }),
            ...(config.tls.cert === undefined ? {} : { cert: config.tls.cert }),
            ...(config.tls.key === undefined ? {} : { key: config.tls.key }),
          }),
    };
    const client = connect(config.url, options);
    this.client = client;
    // mqtt.js sends the PUBACK only after handleMessage calls back (for 3.1.1 and 5 alike;
    // customHandleAcks works for 5 only), so the callback waits for the commit.
    client.handleMessage = (packet, callback) => {
      const mapped = mapPayload(packet.payload as Buffer, config.mapping, {
        topic: packet.topic,
        receivedAt: sink.now(),
        machineId: this.machineId,
      });
      if (mapped.malformed.length > 0) sink.malformed(mapped.malformed);
      sink.ingest(mapped.points).then(
        () => callback(),
        (error: unknown) => sink.failed(error),
      );
    };
    return new Promise((resolve, reject) => {
      let settled = false;
      client.once('connect', () => {
        client.subscribe(config.topics, { qos: config.qos }, (error) => {
          settled = true;
          if (error) {
            reject(error);
            return;
          }
          sink.connected(config.url);
          resolve();
        });
      });
      const fail = (error: unknown) => {
        if (!settled) {
          settled = true;
          reject(error instanceof Error ? error : new Error(String(error)));
        } else sink.failed(error);
      };
      client.on('error', fail);
      client.on('close', () => fail(new Error(`connection to ${config.url} closed`)));
    });
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client !== undefined) await client.endAsync(true).catch(() => undefined);
  }
}
