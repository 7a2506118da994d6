/** Builds the driver for a connector's configuration. */
import type { ConnectorInput } from '@zhizao/contract';
import { assertNever } from '@zhizao/core';
import type { ConnectorDriver } from './connector-driver.ts';
import { ModbusDriver } from './modbus-driver.ts';
import { MqttBrokerDriver } from './mqtt-broker-driver.ts';
import { MqttClientDriver } from './mqtt-client-driver.ts';
import { OpcuaDriver } from './opcua-driver.ts';

/** Makes a fresh driver (one per connection attempt). `demo` drivers come from the caller, which owns the simulation. */
export function createDriver(
  id: string,
  input: ConnectorInput,
  createDemoDriver: (input: ConnectorInput) => ConnectorDriver,
): ConnectorDriver {
  const config = input.config;
  switch (config.kind) {
    case 'mqtt-broker':
      return new MqttBrokerDriver({ ...config, machineId: input.machine });
    case 'mqtt':
      return new MqttClientDriver(config, `zhizao-${id}`, input.machine);
    case 'opcua':
      return new OpcuaDriver(config, input.machine);
    case 'modbus':
      return new ModbusDriver(config, input.machine);
    case 'demo':
      return createDemoDriver(input);
    default:
      return assertNever(config, 'connector kind');
  }
}
