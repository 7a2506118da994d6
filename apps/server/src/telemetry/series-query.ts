/** Bucketed min/max/avg of one tag over a time range, computed in SQL so a chart gets ~800 rows, not millions. */
import type { Series } from '@zhizao/contract';
import type { Database } from '../storage/database.ts';

/** Arguments of {@link readSeries}. */
export interface SeriesRequest {
  readonly tag: string;
  /** Epoch ms, inclusive. */
  readonly from: number;
  /** Epoch ms, exclusive. */
  readonly to: number;
  readonly buckets: number;
}

interface BucketRow {
  ts: number;
  min: number;
  max: number;
  avg: number;
  count: number;
}

/**
 * Splits [from, to) into `buckets` equal buckets (at least 1 ms) with DuckDB's `time_bucket` anchored
 * at `from`, and aggregates each non-empty one.
 */
export async function readSeries(database: Database, request: SeriesRequest): Promise<Series> {
  const bucketMs = Math.max(1, Math.ceil((request.to - request.from) / request.buckets));
  const rows = await database.query<BucketRow>(
    `SELECT epoch_ms(time_bucket(to_milliseconds(?::BIGINT), ts, epoch_ms(?::BIGINT))) AS ts,
       min(value) AS min, max(value) AS max, avg(value) AS avg, count(*)::DOUBLE AS count
     FROM telemetry
     WHERE tag_id = ? AND ts >= epoch_ms(?::BIGINT) AND ts < epoch_ms(?::BIGINT)
     GROUP BY 1 ORDER BY 1`,
    [bucketMs, request.from, request.tag, request.from, request.to],
  );
  const series: Series = {
    tag: request.tag,
    from: request.from,
    to: request.to,
    bucketMs,
    ts: [],
    min: [],
    max: [],
    avg: [],
    count: [],
  };
  for (const row of rows) {
    series.ts.push(row.ts);
    series.min.push(row.min);
    series.max.push(row.max);
    series.avg.push(row.avg);
    series.count.push(row.count);
  }
  return series;
}
