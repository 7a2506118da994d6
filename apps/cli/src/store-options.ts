/** Opens the embedded store the way `serve` would, honouring --data-dir; explains a lock held by a running server. */
import { AppError } from '@zhizao/core';
import { type Database, loadConfig, openStore, type ServerConfig } from '@zhizao/server';
import type { Command } from 'commander';

export function configFrom(command: Command): ServerConfig {
  const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
  return loadConfig(dataDir ? { ...process.env, ZHIZAO_DATA_DIR: dataDir } : process.env);
}

/** Runs `work` with the store open and closes it afterwards. */
export async function withStore<T>(command: Command, work: (database: Database) => Promise<T>): Promise<T> {
  const config = configFrom(command);
  let database: Database;
  try {
    database = await openStore(config);
  } catch (error) {
    if (error instanceof Error && /lock/i.test(error.message)) {
      throw new AppError(
        'CONFLICT',
        `the database ${config.databaseFile} is in use by a running zhizao server; stop it first, or use its web page / API`,
      );
    }
    throw error;
  }
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
