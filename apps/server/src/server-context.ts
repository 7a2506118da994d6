/** What route modules share: the database, the demo plant, configuration. */
import type { ServerConfig } from './config.ts';
import type { DemoPlant } from './demo/demo-plant.ts';
import type { Database } from './storage/database.ts';

export interface ServerContext {
  readonly version: string;
  readonly config: ServerConfig;
  readonly database: Database;
  readonly demo: DemoPlant;
  readonly authRequired: boolean;
}
