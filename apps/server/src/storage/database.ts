/** The storage port: what the server needs from an embedded SQL database, kept small so another engine can implement it. */

/** A SQL parameter value. */
export type SqlValue = string | number | boolean | null;

/** One column of values to bulk-append, in table column order. */
export type AppendColumn =
  | { readonly type: 'varchar'; readonly values: readonly string[] }
  | { readonly type: 'double'; readonly values: Float64Array }
  | { readonly type: 'integer'; readonly values: Int32Array }
  | { readonly type: 'boolean'; readonly values: Uint8Array }
  | { readonly type: 'date'; readonly values: Int32Array /* days since 1970-01-01 */ };

/** Statements that run inside one transaction. */
export interface SqlSession {
  query<Row extends object>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Bulk-appends rows to a table; every column must have the same length. */
  append(table: string, columns: readonly AppendColumn[]): Promise<void>;
}

/** A database: reads run concurrently, writes one transaction at a time. */
export interface Database extends SqlSession {
  /** Runs `work` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Human-readable description, e.g. `duckdb:/path/zhizao.duckdb`. */
  readonly description: string;
}
