/** Polls a Modbus TCP device (modbus-serial) by a register map; any read error reconnects with backoff. */
import type { ConnectorConfig } from '@zhizao/contract';
import ModbusRTU from 'modbus-serial';
import type { TelemetryPoint } from '../telemetry/telemetry-point.ts';
import type { ConnectorDriver, ConnectorSink } from './connector-driver.ts';
import { decodeRegister, planReads, type RegisterRead } from './modbus-decode.ts';

type ModbusConfig = Extract<ConnectorConfig, { kind: 'modbus' }>;

/** Reads every planned block each `pollMs`; one poll's values share one timestamp. */
export class ModbusDriver implements ConnectorDriver {
  private client: ModbusRTU | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private readonly reads: RegisterRead[];

  constructor(
    private readonly config: ModbusConfig,
    private readonly machineId?: string | undefined,
  ) {
    this.reads = planReads(config.registers);
  }

  async start(sink: ConnectorSink): Promise<void> {
    const client = new ModbusRTU();
    this.client = client;
    await client.connectTCP(this.config.host, { port: this.config.port });
    client.setID(this.config.unitId);
    client.setTimeout(this.config.timeoutMs);
    this.running = true;
    sink.connected(`modbus-tcp://${this.config.host}:${this.config.port}/${this.config.unitId}`);
    const poll = async (): Promise<void> => {
      if (!this.running) return;
      try {
        await sink.ingest(await this.readAll(client, sink.now()));
      } catch (error) {
        sink.failed(error);
        return;
      }
      if (this.running) this.timer = setTimeout(() => void poll(), this.config.pollMs);
    };
    await poll();
  }

  /** One poll: every register of the map, decoded and scaled. */
  async readAll(client: ModbusRTU, ts: number): Promise<TelemetryPoint[]> {
    const points: TelemetryPoint[] = [];
    for (const read of this.reads) {
      const result =
        read.table === 'holding'
          ? await client.readHoldingRegisters(read.start, read.count)
          : await client.readInputRegisters(read.start, read.count);
      for (const register of read.registers) {
        points.push({
          tagId: register.tag,
          ts,
          value: decodeRegister(result.data, register.address - read.start, register),
          unit: register.unit,
          machineId: this.machineId,
        });
      }
    }
    return points;
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    if (client?.isOpen) await new Promise<void>((resolve) => client.close(() => resolve()));
  }
}
