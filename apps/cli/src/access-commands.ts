/** `zhizao user add|list|remove` and `zhizao token create|list|revoke`. */
import { addUser, createToken, listTokens, listUsers, removeUser, revokeToken } from '@zhizao/server';
import { type Command, Option } from 'commander';
import { readPassword } from './read-password.ts';
import { withStore } from './store-options.ts';

const ROLES = ['admin', 'planner', 'engineer', 'viewer'] as const;
type RoleName = (typeof ROLES)[number];

export function registerAccessCommands(program: Command): void {
  const user = program.command('user').description('people who sign in to the dashboard');
  user
    .command('add')
    .argument('<username>')
    .addOption(new Option('--role <role>', 'what the user may do').choices(ROLES).default('viewer'))
    .description('add a user; the password is asked for (or read from stdin / ZHIZAO_PASSWORD)')
    .action(async (username: string, options: { role: RoleName }, command: Command) => {
      const password = await readPassword(`password for ${username}: `);
      await withStore(command, (database) => addUser(database, username, password, options.role));
      console.error(`user ${username} added as ${options.role}`);
    });
  user
    .command('list')
    .description('list users')
    .action(async (_options: unknown, command: Command) => {
      const users = await withStore(command, listUsers);
      for (const row of users) console.log(`${row.username}\t${row.role}\t${row.createdAt}`);
    });
  user
    .command('remove')
    .argument('<username>')
    .description('remove a user and end their sessions')
    .action(async (username: string, _options: unknown, command: Command) => {
      await withStore(command, (database) => removeUser(database, username));
      console.error(`user ${username} removed`);
    });

  const token = program.command('token').description('API tokens for scripts and machines');
  token
    .command('create')
    .argument('<name>')
    .addOption(new Option('--role <role>', 'what the token may do').choices(ROLES).default('viewer'))
    .description('create a token; its secret is printed once')
    .action(async (name: string, options: { role: RoleName }, command: Command) => {
      const created = await withStore(command, (database) =>
        createToken(database, { name, role: options.role, createdBy: 'cli' }),
      );
      console.log(created.secret);
      console.error(`token ${created.id} created; store the secret now, it is not shown again`);
    });
  token
    .command('list')
    .description('list tokens (never their secrets)')
    .action(async (_options: unknown, command: Command) => {
      const tokens = await withStore(command, listTokens);
      for (const row of tokens) {
        console.log(`${row.id}\t${row.name}\t${row.role}\t${row.createdAt}\t${row.revokedAt ?? 'active'}`);
      }
    });
  token
    .command('revoke')
    .argument('<id>')
    .description('revoke a token')
    .action(async (id: string, _options: unknown, command: Command) => {
      await withStore(command, (database) => revokeToken(database, id));
      console.error(`token ${id} revoked`);
    });
}
