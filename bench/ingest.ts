/** `npm run bench -- ingest`: MQTT (embedded broker, QoS 1) → stored and scored points/s, publish→alarm latency, memory per tag. */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createTelemetryService, loadConfig, openStore, type TelemetryService } from '@zhizao/server';
import { connectAsync, type MqttClient } from 'mqtt';

// Deep import until the server index exports the telemetry service (see docs/guide-equipment.md).

interface Options {
  points: number;
  publishers: number;
  perMessage: number;
  tags: number;
  window: number;
  latencySeconds: number;
  memoryTags: number;
  /** 1 = score with every detector (`combined`), 0 = store only. */
  score: number;
  /** 1 = score on the scoring thread (the server's default), 0 = on the main thread inside the commit. */
  thread: number;
}

function parseOptions(args: string[]): Options {
  const options: Options = {
    points: 1_000_000,
    publishers: 4,
    perMessage: 100,
    tags: 1000,
    window: 64,
    latencySeconds: 5,
    memoryTags: 5000,
    score: 1,
    thread: 1,
  };
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]?.replace(/^--/, '') as keyof Options;
    const value = Number(args[i + 1]);
    if (!(key in options) || !Number.isFinite(value) || value < 0) {
      throw new Error(
        `usage: npm run bench -- ingest [--${Object.keys(options).join(' N] [--')} N]; got ${args[i]} ${args[i + 1]}`,
      );
    }
    options[key] = value;
  }
  return options;
}

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

function gc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function message(publisher: number, sequence: number, options: Options, ts: number): string {
  const points = new Array<string>(options.perMessage);
  for (let i = 0; i < options.perMessage; i++) {
    const n = sequence * options.perMessage + i;
    const tag = `bench-${(publisher * 7919 + n) % options.tags}`;
    points[i] = `{"tag":"m${tag.length % 10}/${tag}","ts":${ts + n},"value":${Math.sin(n / 50).toFixed(4)}}`;
  }
  return `[${points.join(',')}]`;
}

/** Publishes with at most `window` unacknowledged messages per client; resolves when every PUBACK is in. */
async function publishAll(
  client: MqttClient,
  publisher: number,
  messages: number,
  options: Options,
): Promise<void> {
  let next = 0;
  const start = Date.now();
  const worker = async (): Promise<void> => {
    while (next < messages) {
      const sequence = next++;
      await client.publishAsync('bench/points', message(publisher, sequence, options, start), { qos: 1 });
    }
  };
  await Promise.all(Array.from({ length: options.window }, worker));
}

/** Publishers run in a worker thread, as devices are separate programs: the server's event loop is not shared with them. */
interface PublisherJob {
  readonly url: string;
  readonly messagesEach: number;
  readonly options: Options;
}

/** Publishes everything; returns the CPU seconds this thread spent doing so. */
async function runPublishers(job: PublisherJob): Promise<number> {
  const clients = await Promise.all(
    Array.from({ length: job.options.publishers }, () => connectAsync(job.url, { reconnectPeriod: 0 })),
  );
  // Tell the main thread which OS thread publishes, so its CPU is not counted as the server's.
  parentPort?.postMessage({ thread: threadId() });
  await new Promise((resolve) => parentPort?.once('message', resolve));
  const cpuBefore = cpuSecondsOf('/proc/thread-self/stat');
  await Promise.all(clients.map((client, index) => publishAll(client, index, job.messagesEach, job.options)));
  await Promise.all(clients.map((client) => client.endAsync()));
  return cpuSecondsOf('/proc/thread-self/stat') - cpuBefore;
}

if (!isMainThread && (workerData as { bench?: string } | undefined)?.bench === 'ingest-publishers') {
  const cpuSeconds = await runPublishers((workerData as { job: PublisherJob }).job);
  parentPort?.postMessage({ cpuSeconds });
}

async function throughput(service: TelemetryService, url: string, options: Options): Promise<number> {
  const messagesEach = Math.ceil(options.points / options.perMessage / options.publishers);
  // A worker does not inherit `--import tsx`: register tsx in it, then load this file.
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(boot, {
    eval: true,
    workerData: { bench: 'ingest-publishers', job: { url, messagesEach, options } },
  });
  const next = () =>
    new Promise<{ thread?: string; cpuSeconds?: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const publisherThread = (await next()).thread;
  const before = service.stored;
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  const threadsBefore = threadCpuSeconds();
  worker.postMessage('go');
  const publisherCpu = (await next()).cpuSeconds ?? Number.NaN;
  // Every PUBACK is in (points stored); "scored" means the scoring thread has caught up too.
  await service.flush();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const threads = threadCpuSeconds();
  await worker.terminate();
  const stored = service.stored - before;
  console.log(
    `throughput: ${stored.toLocaleString('en')} points (${options.publishers} publishers in a worker thread × QoS 1, ${options.perMessage} points/message, window ${options.window}, ${options.tags} tags) in ${seconds.toFixed(2)} s`,
  );
  // CPU per point depends far less on other programs' load than points/s does.
  const perPoint = (cpuSeconds: number) => ((cpuSeconds * 1e6) / stored).toFixed(2);
  console.log(`CPU per point, µs: ${perPoint((cpu.user + cpu.system) / 1e6)} all threads`);
  const used = [...threads]
    .map(([thread, total]) => ({ thread, seconds: total - (threadsBefore.get(thread) ?? 0) }))
    .sort((a, b) => b.seconds - a.seconds);
  // The publishers' thread may have ended already: it reports its own CPU.
  const main = used.find((entry) => entry.thread === String(process.pid));
  const others = used.filter((entry) => entry !== main && entry.thread !== publisherThread);
  const rest = others.slice(1).reduce((sum, entry) => sum + entry.seconds, 0);
  if (main !== undefined && others[0] !== undefined) {
    console.log(
      `  by thread: main ${perPoint(main.seconds)}, busiest other (the scoring thread when scoring is on) ${perPoint(others[0].seconds)}, publishers ${perPoint(publisherCpu)}, the other ${others.length - 1} (DuckDB, V8, libuv) ${perPoint(rest)}`,
    );
  }
  return stored / seconds;
}

/** Linux: this OS thread's id, from /proc/thread-self; undefined elsewhere. */
function threadId(): string | undefined {
  try {
    return readlinkSync('/proc/thread-self').split('/').pop();
  } catch {
    return undefined;
  }
}

/** Linux: CPU seconds (user + system) of every thread of this process, by thread id; empty elsewhere. */
function threadCpuSeconds(): Map<string, number> {
  const result = new Map<string, number>();
  let threads: string[] = [];
  try {
    threads = readdirSync('/proc/self/task');
  } catch {
    return result; // no /proc
  }
  for (const thread of threads) {
    const seconds = cpuSecondsOf(`/proc/self/task/${thread}/stat`);
    // NaN: the thread ended between listing and reading.
    if (!Number.isNaN(seconds)) result.set(thread, seconds);
  }
  return result;
}

/** Linux: user + system CPU seconds from a /proc …/stat file; NaN when it cannot be read. */
function cpuSecondsOf(statFile: string): number {
  try {
    const stat = readFileSync(statFile, 'utf8');
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields (clock ticks of 10 ms).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function latency(service: TelemetryService, url: string, options: Options): Promise<number[]> {
  await service.alarms.saveRule({
    name: 'bench probe',
    tag: 'probe/x',
    severity: 'info',
    condition: { kind: 'threshold', above: 100, hysteresis: 0 },
    minDurationSeconds: 0,
    enabled: true,
  });
  const client = await connectAsync(url, { reconnectPeriod: 0 });
  const latencies: number[] = [];
  let probeSentAt = 0;
  const unsubscribe = service.hub.subscribe(undefined, (event) => {
    if (event.type === 'alarm' && (event.alarm as { state: string }).state === 'active') {
      latencies.push(performance.now() - probeSentAt);
    }
  });
  const tickMs = 10;
  const perTick = 100; // 10k points/s of background load
  const ticks = (options.latencySeconds * 1000) / tickMs;
  const start = performance.now();
  for (let tick = 0; tick < ticks; tick++) {
    const due = start + tick * tickMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    void client.publishAsync(
      'bench/points',
      message(0, tick, { ...options, perMessage: perTick }, Date.now()),
      { qos: 1 },
    );
    if (tick % 10 === 5) {
      probeSentAt = performance.now();
      void client.publishAsync('probe/x', '200', { qos: 1 });
    } else if (tick % 10 === 8) {
      void client.publishAsync('probe/x', '0', { qos: 1 });
    }
  }
  await service.flush();
  unsubscribe();
  await client.endAsync();
  return latencies.sort((a, b) => a - b);
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Heap of the main thread plus the scoring thread's (where the detectors live), after full collections. */
async function heapBytes(service: TelemetryService): Promise<number> {
  await service.flush();
  gc();
  const scoringThread = (await service.scorer?.threadHeapBytes()) ?? 0;
  return process.memoryUsage().heapUsed + scoringThread;
}

async function memoryPerTag(service: TelemetryService, options: Options): Promise<number> {
  const before = await heapBytes(service);
  const base = Date.now();
  for (let round = 0; round < 3; round++) {
    const points = Array.from({ length: options.memoryTags }, (_, i) => ({
      tagId: `mem/t${i}`,
      ts: base + round,
      value: i + round,
    }));
    await service.ingest(points);
  }
  return ((await heapBytes(service)) - before) / options.memoryTags;
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zhizao-bench-ingest-'));
  const database = await openStore(loadConfig({ ZHIZAO_DATA_DIR: dataDir }));
  const service = await createTelemetryService({
    database,
    logger: quiet,
    ...(options.score === 0 ? { detectors: false } : {}),
    scoringThread: options.thread === 1,
  });
  await service.start();
  try {
    const broker = await service.connectors.create({
      name: 'bench broker',
      enabled: true,
      config: {
        kind: 'mqtt-broker',
        host: '127.0.0.1',
        port: 0,
        topic: '#',
        mapping: { valuePath: 'value', tagPrefix: '' },
      },
    });
    while (service.connectors.get(broker.id).state.status !== 'connected')
      await new Promise((r) => setTimeout(r, 10));
    const url = service.connectors.get(broker.id).state.endpoint ?? '';
    // Warm-up: the scoring thread starts with the first batch; start it before the clock runs.
    await service.ingest([{ tagId: 'bench/warm-up', ts: Date.now(), value: 0 }]);
    await service.flush();
    const rate = await throughput(service, url, options);
    const latencies = await latency(service, url, options);
    const perTag = await memoryPerTag(service, options);
    console.log('');
    console.log('figure                                   zhizao (this machine)     reference');
    console.log(
      `MQTT → stored + scored, points/s          ${Math.round(rate).toLocaleString('en').padEnd(25)} ThingsBoard (published): 3,000 msg/s t3.medium; 15,000 msg/s m6a.large`,
    );
    const latencyText = `p50 ${quantile(latencies, 0.5).toFixed(1)} / p99 ${quantile(latencies, 0.99).toFixed(1)} (n=${latencies.length})`;
    console.log(`publish → alarm at 10k points/s, ms       ${latencyText.padEnd(25)} target ≤ 100 ms p99`);
    console.log(`heap per tag (detector + registry), KB    ${(perTag / 1024).toFixed(1)}`);
    console.log(
      `load average (1 min) at the end: ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`,
    );
    console.log(
      `machine: ${process.platform} ${process.arch}, node ${process.version}; detectors: ${options.score === 0 ? 'off' : `combined on the ${options.thread === 1 ? 'scoring' : 'main'} thread`}; DuckDB file ${path.join(dataDir, 'zhizao.duckdb')}`,
    );
  } finally {
    await service.stop();
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
