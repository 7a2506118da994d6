/** The `zhizao` command: serve, import, users, tokens, demo data, and the engines' file commands. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { registerAccessCommands } from './access-commands.ts';
import { registerDataCommands } from './data-commands.ts';
import { registerEngineCommands } from './engine-commands.ts';
import { EXIT } from './exit-codes.ts';
import { reportError } from './report-error.ts';
import { registerServeCommand } from './serve-command.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command('zhizao')
  .description('智造 zhizao — open, self-hosted AI platform for manufacturers')
  .version(version)
  .addOption(new Option('--data-dir <dir>', 'folder of the embedded database').env('ZHIZAO_DATA_DIR'))
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerDataCommands(program);
registerAccessCommands(program);
registerEngineCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.exitCode = reportError(error);
  }
}
