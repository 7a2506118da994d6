/** @zhizao/server — wires the engines to storage, connectors and HTTP. */

export type { TokenSummary, UserSummary } from './auth/users.ts';
export { addUser, createToken, listTokens, listUsers, removeUser, revokeToken } from './auth/users.ts';
export type { ServerConfig } from './config.ts';
export { isLoopback, loadConfig } from './config.ts';
export { DemoPlant } from './demo/demo-plant.ts';
export { importFile } from './imports/import-service.ts';
export type { RunningServer } from './start-server.ts';
export { openStore, startServer, VERSION } from './start-server.ts';
export type { Database } from './storage/database.ts';
export type { TelemetryService } from './telemetry/index.ts';
export { createTelemetryService, registerTelemetry } from './telemetry/index.ts';
