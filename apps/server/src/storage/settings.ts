/** Small key-value settings stored beside the data (e.g. whether the demo was seeded once). */
import type { Database, SqlSession } from './database.ts';

export async function readSetting(database: SqlSession, key: string): Promise<string | undefined> {
  const rows = await database.query<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key]);
  return rows[0]?.value;
}

export async function writeSetting(
  database: SqlSession | Database,
  key: string,
  value: string,
): Promise<void> {
  await database.run('INSERT OR REPLACE INTO settings VALUES (?, ?)', [key, value]);
}
