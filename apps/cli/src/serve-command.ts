/** `zhizao serve`: start the API and dashboard. */
import { startServer } from '@zhizao/server';
import type { Command } from 'commander';
import { configFrom } from './store-options.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the API and dashboard (default http://127.0.0.1:8080)')
    .option('--port <port>', 'port to listen on (env ZHIZAO_PORT)')
    .option('--host <host>', 'address to listen on; beyond loopback needs an admin user (env ZHIZAO_HOST)')
    .option('--no-demo', 'do not seed the demo plant into an empty store')
    .action(async (options: { port?: string; host?: string; demo: boolean }, command: Command) => {
      const base = configFrom(command);
      const config = {
        ...base,
        ...(options.port === undefined ? {} : { port: Number(options.port) }),
        ...(options.host === undefined ? {} : { host: options.host }),
        seedDemo: base.seedDemo && options.demo,
      };
      const server = await startServer(config);
      console.error(`zhizao ${server.context.version} serving ${server.url} (docs ${server.url}/docs)`);
      const shutdown = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
