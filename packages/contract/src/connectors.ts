/** Connectors: where telemetry comes from (MQTT, OPC UA, Modbus TCP, demo), their mapping and live state. */
import { z } from 'zod';

/** How a message body becomes points; paths are dotted (`data.temp`, `points.0.v`). */
export const payloadMappingSchema = z.object({
  pointsPath: z
    .string()
    .optional()
    .describe('Path of an array of points in the body (default: the body itself if an array)'),
  tagPath: z
    .string()
    .optional()
    .describe('Path of the tag id in a point (default "tag"); without it, the topic names the tag'),
  valuePath: z.string().default('value'),
  timestampPath: z
    .string()
    .optional()
    .describe('Path of epoch ms / ISO time (default "ts"; missing = arrival time)'),
  unitPath: z.string().optional(),
  tagPrefix: z.string().default('').describe('Prepended to every tag id, e.g. "press-1/"'),
});
export type PayloadMapping = z.infer<typeof payloadMappingSchema>;

const tlsSchema = z.object({
  ca: z.string().optional().describe('PEM'),
  cert: z.string().optional().describe('PEM'),
  key: z.string().optional().describe('PEM'),
  rejectUnauthorized: z.boolean().default(true),
});

export const mqttBrokerConfigSchema = z.object({
  kind: z.literal('mqtt-broker'),
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(1883),
  topic: z.string().default('#').describe('Topic filter to ingest'),
  username: z.string().optional(),
  password: z.string().optional(),
  mapping: payloadMappingSchema.default({ valuePath: 'value', tagPrefix: '' }),
});

export const mqttClientConfigSchema = z.object({
  kind: z.literal('mqtt'),
  url: z.string().describe('mqtt://host:1883 or mqtts://host:8883'),
  protocolVersion: z
    .union([z.literal(4), z.literal(5)])
    .default(4)
    .describe('4 = MQTT 3.1.1, 5 = MQTT 5'),
  topics: z.array(z.string()).min(1),
  qos: z.union([z.literal(0), z.literal(1)]).default(1),
  clientId: z.string().optional(),
  username: z.string().optional(),
  password: z.string().optional(),
  tls: tlsSchema.optional(),
  mapping: payloadMappingSchema.default({ valuePath: 'value', tagPrefix: '' }),
});

export const opcuaNodeSchema = z.object({
  nodeId: z.string().describe('e.g. ns=1;s=Temperature'),
  tag: z.string(),
  unit: z.string().optional(),
});

export const opcuaConfigSchema = z.object({
  kind: z.literal('opcua'),
  endpoint: z.string().describe('opc.tcp://host:4840'),
  nodes: z.array(opcuaNodeSchema).min(1),
  samplingIntervalMs: z.number().int().min(10).default(1000),
  securityMode: z.enum(['None', 'Sign', 'SignAndEncrypt']).default('None'),
  securityPolicy: z.enum(['None', 'Basic256Sha256', 'Aes128_Sha256_RsaOaep']).default('None'),
  username: z.string().optional(),
  password: z.string().optional(),
});

export const modbusRegisterSchema = z.object({
  address: z.number().int().min(0).max(65535),
  type: z.enum(['int16', 'uint16', 'int32', 'uint32', 'float32']),
  table: z.enum(['holding', 'input']).default('holding'),
  scale: z.number().default(1),
  offset: z.number().default(0),
  wordOrder: z.enum(['big', 'little']).default('big').describe('Order of the two registers of 32-bit values'),
  tag: z.string(),
  unit: z.string().optional(),
});
export type ModbusRegister = z.infer<typeof modbusRegisterSchema>;

export const modbusConfigSchema = z.object({
  kind: z.literal('modbus'),
  host: z.string(),
  port: z.number().int().min(1).max(65535).default(502),
  unitId: z.number().int().min(0).max(255).default(1),
  pollMs: z.number().int().min(10).default(1000),
  timeoutMs: z.number().int().min(10).default(2000),
  registers: z.array(modbusRegisterSchema).min(1),
});

export const demoConfigSchema = z.object({
  kind: z.literal('demo'),
  intervalMs: z.number().int().min(100).default(1000),
});

export const connectorConfigSchema = z.discriminatedUnion('kind', [
  mqttBrokerConfigSchema,
  mqttClientConfigSchema,
  opcuaConfigSchema,
  modbusConfigSchema,
  demoConfigSchema,
]);
export type ConnectorConfig = z.infer<typeof connectorConfigSchema>;
export type ConnectorKind = ConnectorConfig['kind'];

export const connectorInputSchema = z.object({
  name: z.string().min(1),
  enabled: z.boolean().default(true),
  machine: z.string().optional().describe('Machine for unknown tags of this connector'),
  config: connectorConfigSchema,
});
export type ConnectorInput = z.infer<typeof connectorInputSchema>;

export const connectorStatusSchema = z.enum(['connecting', 'connected', 'failed', 'stopped']);
export type ConnectorStatus = z.infer<typeof connectorStatusSchema>;

export const connectorStateSchema = z.object({
  status: connectorStatusSchema,
  lastError: z.string().nullable(),
  points: z.number(),
  malformed: z.number(),
  malformedSample: z.string().nullable(),
  lastPointAt: z.number().nullable(),
  reconnects: z.number(),
  endpoint: z.string().nullable().describe('Where it listens or what it is connected to'),
  since: z.number().describe('When the status last changed, epoch ms'),
});
export type ConnectorState = z.infer<typeof connectorStateSchema>;

export const connectorSchema = connectorInputSchema.extend({ id: z.string(), state: connectorStateSchema });
export type Connector = z.infer<typeof connectorSchema>;
export const connectorListSchema = z.array(connectorSchema);

export const connectorTestResultSchema = z.object({
  ok: z.boolean(),
  message: z.string(),
  sample: z.array(z.object({ tag: z.string(), ts: z.number(), value: z.number() })),
});
export type ConnectorTestResult = z.infer<typeof connectorTestResultSchema>;

export const opcuaBrowseRequestSchema = z.object({
  endpoint: z.string(),
  nodeId: z.string().default('RootFolder'),
  username: z.string().optional(),
  password: z.string().optional(),
});
export const opcuaBrowseResultSchema = z.object({
  nodeId: z.string(),
  children: z.array(
    z.object({ nodeId: z.string(), browseName: z.string(), nodeClass: z.string(), isVariable: z.boolean() }),
  ),
});
export type OpcuaBrowseResult = z.infer<typeof opcuaBrowseResultSchema>;
