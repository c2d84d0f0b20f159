/**
 * `npm run models:sheet`: renders the reference sheet into docs/models/*.png. Serves a small page with vite,
 * loads public/models/anatomy.glb as the app does, and screenshots it with playwright-core + Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { sheets } from './sheets';
import type { SheetSpec } from './sheet/spec';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const OUT = resolve(root, 'docs/models');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--use-gl=angle',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const only = process.argv.slice(2);
const server = await createServer({
  configFile: false,
  root: resolve(here, 'sheet'),
  publicDir: resolve(root, 'public'),
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1', fs: { allow: [root] } },
});
await server.listen();
const address = server.httpServer!.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  mkdirSync(OUT, { recursive: true });
  for (const [name, spec] of Object.entries(sheets())) {
    if (only.length && !only.includes(name)) continue;
    await page.evaluate(
      (s: SheetSpec) => (window as unknown as { renderSheet(s: SheetSpec): Promise<void> }).renderSheet(s),
      spec,
    );
    await page.locator('#sheet').screenshot({ path: resolve(OUT, `${name}.png`) });
    console.log('wrote', `docs/models/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
