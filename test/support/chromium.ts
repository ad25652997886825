/**
 * Real Chromium for page tests: Debian's /usr/bin/chromium (installed by scripts/install-system-deps.sh;
 * Playwright's own browser download is not used) driven by playwright-core, headless, with a fresh
 * user-data-dir that is removed on close.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.REFERAT_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Let test scripts (axe-core) run on pages whose CSP forbids scripts. Default true. */
  bypassCSP?: boolean;
  viewport?: { width: number; height: number };
  /** Run page JavaScript at all (the portal needs none). Default true (axe needs it). */
  javaScriptEnabled?: boolean;
}

export async function launchChromium(o: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`chromium not found at ${CHROMIUM_PATH} (run scripts/install-system-deps.sh)`);
  const dir = await mkdtemp(join(tmpdir(), 'referat-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    bypassCSP: o.bypassCSP ?? true,
    viewport: o.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: o.javaScriptEnabled ?? true,
    locale: 'da-DK',
    timeout: 60_000,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
