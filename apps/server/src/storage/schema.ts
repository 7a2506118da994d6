/** The database schema, applied in order on start; each step runs once and is recorded in `schema_migrations`. */
import type { Database } from './database.ts';

const migrations: readonly { readonly id: number; readonly sql: string }[] = [
  {
    id: 1,
    sql: `
      CREATE TABLE items (
        sku VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, category VARCHAR NOT NULL,
        unit_cost DOUBLE NOT NULL, price DOUBLE, supplier VARCHAR NOT NULL,
        lead_time_days INTEGER NOT NULL, moq DOUBLE NOT NULL, pack_size DOUBLE NOT NULL,
        on_hand DOUBLE NOT NULL, on_order DOUBLE NOT NULL, demo BOOLEAN NOT NULL DEFAULT false);
      CREATE TABLE sales (
        sku VARCHAR NOT NULL, day DATE NOT NULL, quantity DOUBLE NOT NULL,
        promotion BOOLEAN NOT NULL, price DOUBLE, demo BOOLEAN NOT NULL);
      CREATE TABLE plants (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, name_en VARCHAR NOT NULL, demo BOOLEAN NOT NULL);
      CREATE TABLE lines (id VARCHAR PRIMARY KEY, plant_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
        name_en VARCHAR NOT NULL, demo BOOLEAN NOT NULL);
      CREATE TABLE machines (id VARCHAR PRIMARY KEY, line_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
        name_en VARCHAR NOT NULL, kind VARCHAR NOT NULL, demo BOOLEAN NOT NULL);
      CREATE TABLE tags (id VARCHAR PRIMARY KEY, machine_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
        unit VARCHAR NOT NULL, demo BOOLEAN NOT NULL);
      CREATE TABLE telemetry (tag_id VARCHAR NOT NULL, ts TIMESTAMP_MS NOT NULL, value DOUBLE NOT NULL);
      CREATE TABLE faults (machine_id VARCHAR NOT NULL, tag_id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        start_ts TIMESTAMP_MS NOT NULL, end_ts TIMESTAMP_MS NOT NULL, description VARCHAR NOT NULL);
      CREATE TABLE imports (id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, file_name VARCHAR NOT NULL,
        sha256 VARCHAR NOT NULL, row_count BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL, imported_by VARCHAR NOT NULL);
      CREATE TABLE users (username VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, password_hash VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL);
      CREATE TABLE api_tokens (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, token_hash VARCHAR NOT NULL UNIQUE,
        role VARCHAR NOT NULL, created_by VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, revoked_at TIMESTAMP);
      CREATE TABLE web_sessions (token_hash VARCHAR PRIMARY KEY, username VARCHAR NOT NULL, expires_at TIMESTAMP NOT NULL);
      CREATE TABLE settings (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
    `,
  },
  {
    id: 100,
    sql: `
      CREATE TABLE connectors (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        enabled BOOLEAN NOT NULL, machine VARCHAR, config VARCHAR NOT NULL, updated_at TIMESTAMP NOT NULL);
      CREATE TABLE alarm_rules (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, tag VARCHAR NOT NULL,
        severity VARCHAR NOT NULL, condition VARCHAR NOT NULL, min_duration_s DOUBLE NOT NULL, enabled BOOLEAN NOT NULL);
      CREATE TABLE alarms (id VARCHAR PRIMARY KEY, rule_id VARCHAR NOT NULL, name VARCHAR NOT NULL, tag VARCHAR,
        machine VARCHAR, severity VARCHAR NOT NULL, state VARCHAR NOT NULL, message VARCHAR NOT NULL, value DOUBLE,
        raised_at TIMESTAMP_MS NOT NULL, acknowledged_at TIMESTAMP_MS, acknowledged_by VARCHAR, cleared_at TIMESTAMP_MS);
    `,
  },
  {
    id: 200,
    sql: `
      CREATE TABLE forecasts (sku VARCHAR PRIMARY KEY, model VARCHAR NOT NULL, params VARCHAR NOT NULL,
        season INTEGER NOT NULL, horizon INTEGER NOT NULL, granularity VARCHAR NOT NULL,
        history_start DATE NOT NULL, history_end DATE NOT NULL, fingerprint VARCHAR NOT NULL,
        created_at TIMESTAMP_MS NOT NULL, fit_ms DOUBLE NOT NULL, adi DOUBLE, cv2 DOUBLE, pattern VARCHAR NOT NULL,
        intermittent BOOLEAN NOT NULL, weekly_cv DOUBLE, backtest_horizon INTEGER, backtest_folds INTEGER,
        mase DOUBLE, rmsse DOUBLE, smape DOUBLE, coverage80 DOUBLE, coverage95 DOUBLE);
      CREATE TABLE forecast_points (sku VARCHAR NOT NULL, day DATE NOT NULL, mean DOUBLE NOT NULL,
        p025 DOUBLE NOT NULL, p10 DOUBLE NOT NULL, p50 DOUBLE NOT NULL, p90 DOUBLE NOT NULL, p975 DOUBLE NOT NULL);
    `,
  },
  {
    id: 201,
    sql: `
      CREATE TABLE planned_promotions (sku VARCHAR NOT NULL, first_day DATE NOT NULL, last_day DATE NOT NULL,
        note VARCHAR, created_by VARCHAR NOT NULL, created_at TIMESTAMP_MS NOT NULL);
    `,
  },
  {
    id: 300,
    sql: `
      CREATE TABLE plans (sku VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, status VARCHAR NOT NULL,
        source VARCHAR NOT NULL, value_at_risk DOUBLE, stockout_risk DOUBLE, excess_value DOUBLE,
        order_date VARCHAR, suggested_quantity DOUBLE, plan VARCHAR NOT NULL, tradeoff VARCHAR,
        computed_at TIMESTAMP_MS NOT NULL);
      CREATE TABLE plan_runs (finished_at TIMESTAMP_MS NOT NULL, target_kind VARCHAR NOT NULL,
        target_level DOUBLE NOT NULL, lead_time_cv DOUBLE NOT NULL, skus INTEGER NOT NULL,
        problems INTEGER NOT NULL, milliseconds DOUBLE NOT NULL);
    `,
  },
  {
    // Ordering cost and holding rate for EOQ lots. A side table keyed by sku rather than ALTER TABLE
    // items: demo seeding and benches append to items by position, so new columns there would break them.
    id: 301,
    sql: `
      CREATE TABLE item_costs (sku VARCHAR PRIMARY KEY, order_cost DOUBLE, holding_rate DOUBLE);
    `,
  },
];

/** Brings the schema up to date; safe to call on every start. */
export async function migrate(database: Database): Promise<void> {
  await database.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)',
  );
  const applied = await database.query<{ id: number }>('SELECT id FROM schema_migrations');
  const done = new Set(applied.map((row) => row.id));
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    await database.transaction(async (session) => {
      await session.run(migration.sql);
      await session.run('INSERT INTO schema_migrations VALUES (?, current_timestamp)', [migration.id]);
    });
  }
}
