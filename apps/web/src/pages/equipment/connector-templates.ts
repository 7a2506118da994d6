/** Starting configurations for each connector kind, shown in the add-connector form. */
import type { ConnectorConfig, ConnectorKind } from '@zhizao/contract';

/** Every connector kind, in the order the form lists them. */
export const connectorKinds: readonly ConnectorKind[] = ['mqtt-broker', 'mqtt', 'opcua', 'modbus', 'demo'];

/** A minimal, valid configuration of each kind (defaults filled by the server). */
export const connectorTemplates: Readonly<Record<ConnectorKind, ConnectorConfig>> = {
  'mqtt-broker': {
    kind: 'mqtt-broker',
    host: '0.0.0.0',
    port: 1883,
    topic: 'factory/#',
    mapping: { valuePath: 'value', tagPrefix: '' },
  },
  mqtt: {
    kind: 'mqtt',
    url: 'mqtt://192.168.1.10:1883',
    protocolVersion: 4,
    topics: ['factory/#'],
    qos: 1,
    mapping: { valuePath: 'value', tagPrefix: '' },
  },
  opcua: {
    kind: 'opcua',
    endpoint: 'opc.tcp://192.168.1.20:4840',
    nodes: [{ nodeId: 'ns=1;s=Temperature', tag: 'press-1/temperature', unit: '°C' }],
    samplingIntervalMs: 1000,
    securityMode: 'None',
    securityPolicy: 'None',
  },
  modbus: {
    kind: 'modbus',
    host: '192.168.1.30',
    port: 502,
    unitId: 1,
    pollMs: 1000,
    timeoutMs: 2000,
    registers: [
      {
        address: 0,
        type: 'float32',
        table: 'holding',
        scale: 1,
        offset: 0,
        wordOrder: 'big',
        tag: 'pump-1/pressure',
        unit: 'bar',
      },
    ],
  },
  demo: { kind: 'demo', intervalMs: 1000 },
};

/** The configuration's endpoint in one line, for the connector list. */
export function describeConfig(config: ConnectorConfig): string {
  switch (config.kind) {
    case 'mqtt-broker':
      return `mqtt://${config.host}:${config.port} ${config.topic}`;
    case 'mqtt':
      return `${config.url} ${config.topics.join(' ')}`;
    case 'opcua':
      return config.endpoint;
    case 'modbus':
      return `modbus://${config.host}:${config.port}/${config.unitId}`;
    case 'demo':
      return `demo / ${config.intervalMs} ms`;
    default: {
      const unknownKind: never = config;
      return String(unknownKind);
    }
  }
}
