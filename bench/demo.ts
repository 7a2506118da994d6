/** `npm run bench -- demo [days]`: speed of the demo plant generators (sales rows and telemetry points per CPU-second). */
import { createDemoTelemetry, generateItems, generateSales } from '@zhizao/demo';

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** Times item, sales and telemetry generation; `args[0]` = days of telemetry (default 7). */
export async function run(args: string[]): Promise<void> {
  const days = Number(args[0] ?? 7);
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const items = generateItems();
  let rows = 0;
  let units = 0;
  for (const chunk of generateSales({ skusPerChunk: 32 })) {
    rows += chunk.day.length;
    for (const q of chunk.quantity) units += q;
  }
  const salesWall = (performance.now() - wall) / 1000;
  const salesCpu = cpuSeconds(cpu);
  console.log(`sales: ${items.length} SKUs, ${rows} daily rows, ${units} units`);
  console.log(
    `  ${salesWall.toFixed(2)} s wall, ${salesCpu.toFixed(2)} s CPU, ${(rows / salesCpu / 1e3).toFixed(0)} k rows/CPU-s`,
  );

  const telemetry = createDemoTelemetry({ days });
  wall = performance.now();
  cpu = process.cpuUsage();
  let points = 0;
  for (const tag of telemetry.tags) {
    points += telemetry.generateTelemetry(tag.id, telemetry.startMs, telemetry.endMs).values.length;
  }
  const teleWall = (performance.now() - wall) / 1000;
  const teleCpu = cpuSeconds(cpu);
  console.log(
    `telemetry: ${telemetry.tags.length} tags × ${days} days at 1 Hz = ${(points / 1e6).toFixed(1)} M points`,
  );
  console.log(
    `  ${teleWall.toFixed(2)} s wall, ${teleCpu.toFixed(2)} s CPU, ${(points / teleCpu / 1e6).toFixed(1)} M points/CPU-s` +
      '   (brief: ~60 M points in well under 10 s)',
  );

  wall = performance.now();
  const ids = telemetry.tags.map((t) => t.id);
  for (let s = 0; s < 60; s += 1)
    telemetry.liveBatch(ids, telemetry.endMs + s * 1000, telemetry.endMs + (s + 1) * 1000);
  console.log(
    `live: one 1-second batch of all ${ids.length} tags takes ${((performance.now() - wall) / 60).toFixed(1)} ms`,
  );
}
