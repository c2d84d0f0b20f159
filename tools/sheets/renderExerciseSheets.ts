/**
 * `npm run sheets:exercises [id ...]`: renders a contact sheet per exercise into docs/exercises/<id>.png with the
 * real models and equipment. Serves tools/sheets/exercise-sheet.html with vite on port 4181 and screenshots it with
 * playwright-core and the system Chromium (software WebGL). Options: --out <dir>, --width <px>, --skin <opacity>.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { EXERCISES } from '../../src/domain/content/exercises';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/chromium';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const PORT = 4181;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const flags = new Set(['--out', '--width', '--skin']);
const ids = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !flags.has(all[i - 1]));
const unknown = ids.filter((id) => !EXERCISES.some((e) => e.id === id));
if (unknown.length) throw new Error(`Unknown exercise id: ${unknown.join(', ')}`);
const outDir = resolve(root, option('out') ?? 'docs/exercises');
const width = Number(option('width') ?? 1400);
const skin = option('skin');

const server = await createServer({
  root,
  logLevel: 'error',
  // No reloads mid-run when files change under the server.
  server: { port: PORT, strictPort: true, host: '127.0.0.1', hmr: false, watch: null },
});
await server.listen();
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) console.error(`page: ${r.status()} for ${r.url()}`);
  });
  const query = skin ? `?skin=${encodeURIComponent(skin)}` : '';
  await page.goto(`http://127.0.0.1:${PORT}/tools/sheets/exercise-sheet.html${query}`);
  await page.waitForFunction(() => window.sheetReady === true, undefined, { timeout: 180_000 });
  mkdirSync(outDir, { recursive: true });
  for (const exercise of EXERCISES) {
    if (ids.length && !ids.includes(exercise.id)) continue;
    const started = Date.now();
    const url = await page.evaluate(([id, w]) => window.renderExerciseSheet(id, w), [exercise.id, width] as const);
    const file = resolve(outDir, `${exercise.id}.png`);
    writeFileSync(file, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    console.log(`wrote ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
  await server.close();
}
