/** Child process of the crash test: ingests numbered points and prints every acknowledgement until killed. */
import { openDuckDb } from '../storage/duckdb-database.ts';
import { migrate } from '../storage/schema.ts';
import { IngestBuffer } from './ingest-buffer.ts';
import { TagRegistry } from './tag-registry.ts';
import type { TelemetryPoint } from './telemetry-point.ts';
import { writeBatch } from './telemetry-writer.ts';

const [mode, file] = process.argv.slice(2);
if (mode !== 'ingest' || file === undefined) throw new Error('usage: ingest-crash-child.ts ingest FILE');
const database = await openDuckDb(file);
await migrate(database);
const registry = new TagRegistry();
await registry.load(database);
const buffer = new IngestBuffer({
  commit: (points) => writeBatch(database, registry, points),
  maxDelayMs: 5,
});
const perMessage = 100;
let sent = 0;
let acknowledged = 0;

/** Sends one "message" per event-loop turn; each is acknowledged on stdout once committed (bounded at 2M points). */
function send(): void {
  if (sent >= 2_000_000) return;
  const points: TelemetryPoint[] = [];
  for (let i = 0; i < perMessage; i++)
    points.push({ tagId: `m/t${i % 5}`, ts: 1_700_000_000_000 + sent + i, value: sent + i });
  sent += perMessage;
  void buffer.add(points).then(() => {
    acknowledged += perMessage;
    process.stdout.write(`ack ${acknowledged}\n`);
  });
  setImmediate(send);
}
send();
