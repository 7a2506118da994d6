import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes.ts';

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

/** Each call starts a fresh Node process that opens the database: seconds apiece on a busy 2-core machine. */
const SLOW = 240_000;

describe('zhizao command', () => {
  let dataDir: string;
  const zhizao = (args: string[], input?: string) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', main, '--data-dir', dataDir, ...args], {
      encoding: 'utf8',
      input: input ?? '',
      env: { ...process.env, ZHIZAO_PASSWORD: '' },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'zhizao-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'prints help and rejects unknown commands with the usage exit code',
    () => {
      const help = zhizao(['--help']);
      expect(help.code).toBe(0);
      for (const command of ['serve', 'import', 'user', 'token', 'demo'])
        expect(help.stdout).toContain(command);
      expect(zhizao(['frobnicate']).code).toBe(EXIT.usage);
    },
    SLOW,
  );

  it(
    'imports a good file, refuses a bad one with a row-level report and exit code 3',
    async () => {
      const good = path.join(dataDir, 'sales.csv');
      const bad = path.join(dataDir, 'bad.csv');
      await writeFile(good, 'sku,date,quantity\nA,2024-01-01,1\nA,2024-01-02,2\n');
      await writeFile(bad, 'sku,date,quantity\nA,2024-01-01,1\nB,2024-13-45,2\n');
      const ok = zhizao(['import', good, '--kind', 'sales']);
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout)).toMatchObject({ rowCount: 2, alreadyImported: false });
      expect(JSON.parse(zhizao(['import', good, '--kind', 'sales']).stdout)).toMatchObject({
        alreadyImported: true,
      });
      const rejected = zhizao(['import', bad, '--kind', 'sales']);
      expect(rejected.code).toBe(EXIT.invalidInput);
      expect(rejected.stderr).toMatch(/row 3, column date, value "2024-13-45"/);
      expect(zhizao(['import', path.join(dataDir, 'missing.csv'), '--kind', 'sales']).code).toBe(
        EXIT.notFound,
      );
    },
    SLOW,
  );

  it(
    'adds, lists and removes users; creates, lists and revokes tokens',
    () => {
      expect(zhizao(['user', 'add', 'wang', '--role', 'admin'], 'long enough password\n').code).toBe(0);
      expect(zhizao(['user', 'add', 'wang', '--role', 'admin'], 'long enough password\n').code).toBe(
        EXIT.conflict,
      );
      expect(zhizao(['user', 'add', 'zhao'], 'short\n').code).toBe(EXIT.invalidInput);
      expect(zhizao(['user', 'list']).stdout).toMatch(/^wang\tadmin\t/m);
      const created = zhizao(['token', 'create', 'erp', '--role', 'planner']);
      expect(created.code).toBe(0);
      expect(created.stdout.trim()).toMatch(/^zzt_[\w-]{40,}$/);
      const id = zhizao(['token', 'list']).stdout.split('\t')[0] ?? '';
      expect(zhizao(['token', 'revoke', id]).code).toBe(0);
      expect(zhizao(['token', 'list']).stdout).not.toContain('active');
      expect(zhizao(['token', 'revoke', id]).code).toBe(EXIT.notFound);
      expect(zhizao(['user', 'remove', 'wang']).code).toBe(0);
      expect(zhizao(['user', 'list']).stdout).toBe('');
    },
    SLOW,
  );
});
