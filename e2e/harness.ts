/** End-to-end harness: a real server on a fresh DuckDB file and a real headless Chromium. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, startServer as startZhizao } from '@zhizao/server';
import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export interface TestServer {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/** Starts zhizao on a free loopback port with an empty store in a temp folder. */
export async function startServer(
  options: { demo?: boolean; telemetryDays?: number } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zhizao-e2e-'));
  const config = loadConfig(
    { ZHIZAO_DATA_DIR: dataDir, ZHIZAO_LOG_LEVEL: 'warn' },
    { port: 0, seedDemo: options.demo ?? false },
  );
  const server = await startZhizao(config);
  return {
    url: server.url,
    dataDir,
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The system Chromium; fails loudly (never skips) when it is missing. */
export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find(
    (candidate): candidate is string => candidate !== undefined && existsSync(candidate),
  );
  if (!found)
    throw new Error('Chromium not found: install Debian package "chromium" (apt-get install -y chromium)');
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Imports a CSV through the HTTP API, as a script would; throws with the server's answer unless it is accepted. */
export async function importCsv(
  server: TestServer,
  kind: string,
  fileName: string,
  content: string,
): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/csv' }), fileName);
  const response = await fetch(`${server.url}/api/imports?kind=${kind}`, { method: 'POST', body: form });
  if (response.status !== 200)
    throw new Error(`import of ${fileName} answered ${response.status}: ${await response.text()}`);
}

/** Opens the dashboard at `#/route` in a fresh browser context (own storage) with the given locale. */
export async function openDashboard(
  browser: Browser,
  server: TestServer,
  options: { locale: string; route: string },
): Promise<Page> {
  const context = await browser.newContext({
    locale: options.locale,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/#/${options.route}`);
  return page;
}
