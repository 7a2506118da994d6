/** `zhizao import` and `zhizao demo seed|reset`. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@zhizao/core';
import { DemoPlant, importFile } from '@zhizao/server';
import { type Command, Option } from 'commander';
import { startProgress } from './progress.ts';
import { withStore } from './store-options.ts';

export function registerDataCommands(program: Command): void {
  program
    .command('import')
    .description('import a CSV or XLSX file: every row is validated, then all rows are stored or none')
    .argument('<file>', 'CSV (UTF-8 or GBK) or XLSX file')
    .addOption(
      new Option('--kind <kind>', 'what the file holds')
        .choices(['sales', 'items', 'telemetry'])
        .makeOptionMandatory(),
    )
    .action(async (file: string, options: { kind: 'sales' | 'items' | 'telemetry' }, command: Command) => {
      const bytes = await readFile(file).catch((error: unknown) => {
        throw new AppError(
          'NOT_FOUND',
          `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      const progress = startProgress('import');
      const result = await withStore(command, (database) =>
        importFile(database, {
          bytes,
          fileName: path.basename(file),
          kind: options.kind,
          importedBy: 'cli',
          onProgress: (fraction, stage) => progress.update(fraction, stage),
        }),
      ).finally(() => progress.stop());
      console.log(JSON.stringify(result));
      console.error(
        result.alreadyImported
          ? `${file}: already imported before; nothing changed`
          : `${file}: imported ${result.rowCount} rows in ${result.seconds.toFixed(2)} s`,
      );
    });

  const demo = program.command('demo').description('the demo plant (clearly marked demo data)');
  demo
    .command('seed')
    .description('load the demo plant (sales, items, machines, telemetry)')
    .option('--telemetry-days <days>', 'days of 1 Hz telemetry to generate', '7')
    .action(async (options: { telemetryDays: string }, command: Command) => {
      await withStore(command, async (database) => {
        const progress = startProgress('demo');
        try {
          await new DemoPlant(database, { telemetryDays: Number(options.telemetryDays) }).seed(
            (fraction, stage) => progress.update(fraction, stage),
          );
        } finally {
          progress.stop();
        }
      });
      console.error('demo plant loaded');
    });
  demo
    .command('reset')
    .description('remove all demo data (your own imported data stays)')
    .action(async (_options: unknown, command: Command) => {
      await withStore(command, (database) => new DemoPlant(database).remove());
      console.error('demo data removed');
    });
}
