import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { startServer } from './start-server.ts';

describe('startServer', () => {
  it('refuses to listen beyond loopback while no admin exists', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'zhizao-start-'));
    try {
      const config = loadConfig({
        ZHIZAO_DATA_DIR: dataDir,
        ZHIZAO_HOST: '0.0.0.0',
        ZHIZAO_LOG_LEVEL: 'silent',
      });
      await expect(startServer(config)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('serves health, the OpenAPI docs and the dashboard fallback on a loopback port', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'zhizao-start-'));
    const webRoot = path.join(dataDir, 'web');
    await mkdir(webRoot);
    await writeFile(path.join(webRoot, 'index.html'), '<html><body>zhizao test page</body></html>');
    const server = await startServer(
      loadConfig(
        { ZHIZAO_DATA_DIR: dataDir, ZHIZAO_LOG_LEVEL: 'silent' },
        { port: 0, seedDemo: false, webRoot },
      ),
    );
    try {
      const health = await fetch(`${server.url}/api/health`).then((response) => response.json());
      expect(health).toMatchObject({
        status: 'ok',
        demo: false,
        storage: expect.stringContaining('duckdb:'),
      });
      const openapi = (await fetch(`${server.url}/docs/json`).then((response) => response.json())) as {
        paths: Record<string, unknown>;
      };
      expect(Object.keys(openapi.paths)).toEqual(
        expect.arrayContaining(['/api/health', '/api/imports', '/api/overview']),
      );
      expect((await fetch(`${server.url}/docs`)).status).toBe(200);
      expect(await fetch(`${server.url}/equipment`).then((response) => response.text())).toContain(
        'zhizao test page',
      );
      const missing = await fetch(`${server.url}/api/nothing`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('loadConfig', () => {
  it('rejects a port that is not a number, naming the variable', () => {
    expect(() => loadConfig({ ZHIZAO_PORT: 'eighty' })).toThrow(/ZHIZAO_PORT.*"eighty"/);
  });
});
