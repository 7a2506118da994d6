/** DuckDB adapter of the storage port: one embedded file, a serialised writer, concurrent readers. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  BOOLEAN,
  DATE,
  DOUBLE,
  type DuckDBConnection,
  DuckDBDataChunk,
  DuckDBDateValue,
  DuckDBInstance,
  type DuckDBType,
  type DuckDBValue,
  INTEGER,
  VARCHAR,
} from '@duckdb/node-api';
import type { AppendColumn, Database, SqlSession, SqlValue } from './database.ts';

const CHUNK_ROWS = 2048;

/** Opens (or creates) a DuckDB database file; `:memory:` for a throwaway one. */
export async function openDuckDb(file: string): Promise<Database> {
  if (file !== ':memory:') await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const instance = await DuckDBInstance.create(file);
  const writer = await instance.connect();
  return new DuckDbDatabase(instance, writer, file);
}

class DuckDbDatabase implements Database {
  private writeQueue: Promise<unknown> = Promise.resolve();
  private readonly writerSession: SqlSession;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    file: string,
  ) {
    this.description = `duckdb:${file}`;
    this.writerSession = sessionOf(writer);
  }

  readonly description: string;

  async query<Row extends object>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    const connection = await this.instance.connect();
    try {
      return await sessionOf(connection).query<Row>(sql, params);
    } finally {
      connection.closeSync();
    }
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<void> {
    return this.serialised(() => this.writerSession.run(sql, params));
  }

  append(table: string, columns: readonly AppendColumn[]): Promise<void> {
    return this.serialised(() => this.writerSession.append(table, columns));
  }

  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    return this.serialised(async () => {
      await this.writer.run('BEGIN TRANSACTION');
      try {
        const result = await work(this.writerSession);
        await this.writer.run('COMMIT');
        return result;
      } catch (error) {
        await this.writer.run('ROLLBACK');
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.writeQueue.catch(() => undefined);
    this.writer.closeSync();
    this.instance.closeSync();
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(work, work);
    this.writeQueue = next.catch(() => undefined);
    return next;
  }
}

function sessionOf(connection: DuckDBConnection): SqlSession {
  return {
    async query<Row extends object>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
      const reader = await connection.runAndReadAll(sql, params ? [...params] : undefined);
      return reader.getRowObjectsJS().map(plainRow) as Row[];
    },
    async run(sql: string, params?: readonly SqlValue[]): Promise<void> {
      await connection.run(sql, params ? [...params] : undefined);
    },
    async append(table: string, columns: readonly AppendColumn[]): Promise<void> {
      const rowCount = columns[0]?.values.length ?? 0;
      for (const column of columns) {
        if (column.values.length !== rowCount) throw new Error(`append ${table}: columns differ in length`);
      }
      const appender = await connection.createAppender(table);
      const chunk = DuckDBDataChunk.create(columns.map(duckTypeOf), CHUNK_ROWS);
      for (let start = 0; start < rowCount; start += CHUNK_ROWS) {
        const end = Math.min(rowCount, start + CHUNK_ROWS);
        chunk.rowCount = end - start;
        for (const [index, column] of columns.entries())
          chunk.setColumnValues(index, sliceValues(column, start, end));
        appender.appendDataChunk(chunk);
      }
      appender.closeSync();
    },
  };
}

function duckTypeOf(column: AppendColumn): DuckDBType {
  switch (column.type) {
    case 'varchar':
      return VARCHAR;
    case 'double':
      return DOUBLE;
    case 'integer':
      return INTEGER;
    case 'boolean':
      return BOOLEAN;
    case 'date':
      return DATE;
  }
}

function sliceValues(column: AppendColumn, start: number, end: number): DuckDBValue[] {
  const out: DuckDBValue[] = new Array(end - start);
  switch (column.type) {
    case 'varchar':
      for (let i = start; i < end; i++) out[i - start] = column.values[i] as string;
      return out;
    case 'double':
    case 'integer':
      for (let i = start; i < end; i++) out[i - start] = nullIfNaN(column.values[i] as number);
      return out;
    case 'boolean':
      for (let i = start; i < end; i++) out[i - start] = column.values[i] === 1;
      return out;
    case 'date':
      for (let i = start; i < end; i++) out[i - start] = new DuckDBDateValue(column.values[i] as number);
      return out;
  }
}

function nullIfNaN(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

/** DuckDB returns BIGINT as bigint and DATE/TIMESTAMP as objects; the server speaks plain JSON values. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] =
      typeof value === 'bigint' ? Number(value) : value instanceof Date ? value.toISOString() : value;
  }
  return out;
}
