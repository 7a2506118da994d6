/** The engines' file commands: `forecast evaluate`, `inventory solve`, `anomaly detect`. */
import { AppError } from '@zhizao/core';
import { type Command, Option } from 'commander';

function positiveInteger(name: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) {
      throw new AppError('INVALID_INPUT', `${name} must be a positive integer, got "${value}"`);
    }
    return parsed;
  };
}

export function registerEngineCommands(program: Command): void {
  const forecast = program.command('forecast').description('demand forecasting');
  forecast
    .command('evaluate')
    .description(
      'forecast each training series and score it on the test series (M4 metrics: sMAPE, MASE, OWA, …)',
    )
    .requiredOption('--train <file>', 'training CSV')
    .requiredOption('--test <file>', 'test CSV with the same series ids')
    .requiredOption('--horizon <h>', 'steps to forecast', positiveInteger('--horizon'))
    .option('--season <m>', 'seasonal period (1 = none)', positiveInteger('--season'), 1)
    .addOption(
      new Option('--format <format>', 'long = unique_id,t|ds,y; wide = id,v1,v2,…')
        .choices(['long', 'wide'])
        .default('long'),
    )
    .option('--model <name>', 'model name', 'auto')
    .option('--json', 'print JSON (the default and only format)')
    .action(
      async (options: {
        train: string;
        test: string;
        horizon: number;
        season: number;
        format: 'long' | 'wide';
        model: string;
      }) => {
        const { forecastEvaluate } = await import('./forecast-evaluate-command.ts');
        const result = await forecastEvaluate(options);
        console.log(JSON.stringify(result, null, 2));
      },
    );

  const inventory = program.command('inventory').description('inventory optimisation');
  inventory
    .command('solve')
    .description('solve one inventory problem described in a JSON file (docs/inventory-problem-format.md)')
    .argument('<problem>', 'JSON file')
    .action(async (file: string) => {
      const { inventorySolve } = await import('./inventory-solve-command.ts');
      console.log(JSON.stringify(await inventorySolve(file), null, 2));
    });

  const anomaly = program.command('anomaly').description('anomaly detection');
  anomaly
    .command('detect')
    .description('score every row of a sensor CSV (rows strictly in order, no look-ahead)')
    .argument('<file>', 'CSV with a timestamp column and numeric columns')
    .option('--timestamp <column>', 'timestamp column (detected when omitted)')
    .option('--columns <list>', 'comma-separated numeric columns (all numeric ones when omitted)')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option('--output <file>', 'write here instead of stdout')
    .addOption(
      new Option(
        '--detector <name>',
        'combined = all detectors on the tags jointly (lasting faults); novelty = values, level and patterns leaving the range seen so far (spikes, new shapes; best on NAB)',
      )
        .choices(['combined', 'novelty'])
        .default('combined'),
    )
    .action(
      async (
        file: string,
        options: {
          timestamp?: string;
          columns?: string;
          format: 'csv' | 'json';
          output?: string;
          detector: 'combined' | 'novelty';
        },
      ) => {
        const { anomalyDetect } = await import('./anomaly-detect-command.ts');
        await anomalyDetect({
          file,
          format: options.format,
          detector: options.detector,
          ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
          ...(options.columns === undefined
            ? {}
            : { columns: options.columns.split(',').map((name) => name.trim()) }),
          ...(options.output === undefined ? {} : { output: options.output }),
        });
      },
    );
}
