/**
 * `npm run bench`: measures the performance budgets and prints a table; the figures also go to bench/results.json.
 * It asserts nothing: budgets are checked by reading the figures, not by timed tests.
 *
 * - initial JS (gzip) and model bytes, from the production build;
 * - time to the first rendered frame of the default view, in headless Chromium;
 * - median and p95 frame time over 10 s of exercise playback at 1280×720, beside an empty R3F canvas of the same
 *   size measured in the same run (the renderer's floor), and their ratio;
 * - CPU time of the app's per-frame update (the clip on two models, motion sampling with muscle lengths, the
 *   readout), measured in Node, and the bytes it allocates per frame in steady state;
 * - for information, the bytes allocated per frame during playback in Chromium, split between the app's own chunks
 *   and the vendor chunks (three.js, React, react-three-fiber, leva), from the browser's sampling heap profiler.
 * Run with `tsx --expose-gc scripts/bench.ts` (the npm script does) so allocations can be measured.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';

const BUDGETS = { initialJsKB: 400, modelsMB: 3, frameUpdateMs: 1, frameRatio: 3 };
/**
 * An allocation made on every frame is at least 16 bytes (the smallest object on the heap), so an average below
 * half of that means no frame allocates: the rest is one-off work spread over the count.
 */
const NO_ALLOCATION_BELOW_BYTES = 8;
const APP_PORT = 4301;
const EMPTY_PORT = 4302;
const PLAY_SECONDS = 10;

/** The per-frame update measured by scripts/benchFrameUpdate.ts in a process of its own. */
function frameUpdateInFreshProcess(): { ms: number; bytes: number | null } {
  const out = execFileSync('npx', ['tsx', '--expose-gc', 'scripts/benchFrameUpdate.ts'], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; bytes: number | null };
}

function run(args: string[]) {
  execFileSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Gzipped size of the JS the page loads before anything is lazy-loaded. */
function initialJsBytes(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  return total;
}

function modelBytes(dir: string): Record<string, number> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.glb'))
      .map((f) => [f, statSync(join(dir, f)).size]),
  );
}

function serve(port: number, config?: string): ChildProcess {
  const args = ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  if (config) args.push('--config', config);
  return spawn('npx', args, { stdio: 'ignore', detached: true });
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No server at ${url}`);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function frameTimes(page: Page, seconds: number) {
  // A string, not a function: the TypeScript runner would wrap a function with helpers the page does not have.
  const deltas = (await page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    const end = last + ${seconds * 1000};
    const tick = (now) => {
      out.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve(out);
    };
    requestAnimationFrame(tick);
  })`)) as number[];
  const sorted = deltas.slice(1).sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), frames: sorted.length };
}

/** Chunks built from node_modules groups (vite.config.ts); every other chunk holds the app's own code. */
const VENDOR_CHUNK = /^(three|react|r3f|leva|rolldown-runtime)-/;

interface SamplingNode {
  callFrame: { url: string };
  selfSize: number;
  children: SamplingNode[];
}

/**
 * Bytes allocated per frame while the page plays, split by the chunk whose code allocated them. An allocation in
 * a browser built-in (a string join, a sort) counts for the chunk that called it.
 */
async function browserAllocations(page: Page, seconds: number): Promise<{ app: number; vendor: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const framesNow = () => page.evaluate(() => window.__renderer?.info.render.frame ?? 0);
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 128,
    includeObjectsCollectedByMinorGC: true,
    includeObjectsCollectedByMajorGC: true,
  });
  const start = await framesNow();
  await page.waitForTimeout(seconds * 1000);
  const frames = (await framesNow()) - start;
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
  await cdp.detach();
  const bytes = { app: 0, vendor: 0 };
  const walk = (node: SamplingNode, script: string) => {
    const file = node.callFrame.url.split('/').pop() || script;
    if (node.selfSize > 0 && file) bytes[VENDOR_CHUNK.test(file) ? 'vendor' : 'app'] += node.selfSize;
    for (const child of node.children) walk(child, file);
  };
  walk(profile.head, '');
  return { app: bytes.app / frames, vendor: bytes.vendor / frames };
}

async function main() {
  run(['vite', 'build', '--logLevel', 'error']);
  run(['vite', 'build', '--logLevel', 'error', '--config', 'bench/vite.empty.config.ts']);
  const jsBytes = initialJsBytes('dist');
  const models = modelBytes('public/models');
  const modelTotal = Object.values(models).reduce((a, b) => a + b, 0);

  const servers = [serve(APP_PORT), serve(EMPTY_PORT, 'bench/vite.empty.config.ts')];
  try {
    await Promise.all([
      waitForServer(`http://127.0.0.1:${APP_PORT}/`),
      waitForServer(`http://127.0.0.1:${EMPTY_PORT}/empty.html`),
    ]);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const page = await context.newPage();

    await page.goto(`http://127.0.0.1:${APP_PORT}/`);
    await page.waitForFunction(() => (window.__renderer?.info.render.frame ?? 0) > 0, null, { polling: 'raf' });
    const firstFrameMs = await page.evaluate(() => performance.now());
    // Models finish loading after the first frame; play once the scene is ready.
    await page.waitForFunction(() => !document.querySelector('[data-testid="loading"]'), null, { timeout: 120_000 });
    await page.goto(`http://127.0.0.1:${APP_PORT}/?ex=deadlift`);
    await page.waitForFunction(() => !document.querySelector('[data-testid="loading"]'), null, { timeout: 120_000 });
    const play = page.getByRole('button', { name: /^play$/i });
    if (await play.count()) await play.first().click();
    const app = await frameTimes(page, PLAY_SECONDS);
    // After the timed stretch, so the profiler's own cost does not touch the frame times.
    const inBrowser = await browserAllocations(page, 6);

    await page.goto(`http://127.0.0.1:${EMPTY_PORT}/empty.html`);
    await page.waitForFunction(
      () =>
        ((window as { __renderer?: { info: { render: { frame: number } } } }).__renderer?.info.render.frame ?? 0) > 3,
    );
    const empty = await frameTimes(page, PLAY_SECONDS);
    await browser.close();

    const update = frameUpdateInFreshProcess();
    const results = {
      date: new Date().toISOString(),
      initialJsGzipKB: jsBytes / 1024,
      models: Object.fromEntries(Object.entries(models).map(([f, b]) => [f, b / 1024])),
      modelsTotalMB: modelTotal / 2 ** 20,
      firstFrameMs,
      playbackFrameMs: app,
      emptyCanvasFrameMs: empty,
      frameRatio: app.median / empty.median,
      frameUpdateMs: update.ms,
      frameUpdateAllocBytes: update.bytes,
      browserAllocBytesPerFrame: inBrowser,
    };
    writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

    const row = (name: string, value: string, budget: string, ok: boolean | null) =>
      console.log(
        `${name.padEnd(38)} ${value.padStart(14)}   ${budget.padEnd(14)} ${ok === null ? '' : ok ? 'ok' : 'OVER'}`,
      );
    console.log(`\n${'measure'.padEnd(38)} ${'value'.padStart(14)}   ${'budget'.padEnd(14)}`);
    row(
      'initial JS (gzip)',
      `${results.initialJsGzipKB.toFixed(1)} KB`,
      `≤ ${BUDGETS.initialJsKB} KB`,
      results.initialJsGzipKB <= BUDGETS.initialJsKB,
    );
    row(
      'models (all files)',
      `${results.modelsTotalMB.toFixed(2)} MB`,
      `≤ ${BUDGETS.modelsMB} MB`,
      results.modelsTotalMB <= BUDGETS.modelsMB,
    );
    row('first rendered frame', `${firstFrameMs.toFixed(0)} ms`, '', null);
    row('playback frame, median / p95', `${app.median.toFixed(1)} / ${app.p95.toFixed(1)} ms`, '', null);
    row('empty canvas frame, median / p95', `${empty.median.toFixed(1)} / ${empty.p95.toFixed(1)} ms`, '', null);
    row(
      'playback ÷ empty (median)',
      `${results.frameRatio.toFixed(2)}×`,
      `≤ ${BUDGETS.frameRatio}×`,
      results.frameRatio <= BUDGETS.frameRatio,
    );
    row(
      'per-frame update (Node, median)',
      `${update.ms.toFixed(3)} ms`,
      `≤ ${BUDGETS.frameUpdateMs} ms`,
      update.ms <= BUDGETS.frameUpdateMs,
    );
    row(
      'allocations per frame (steady)',
      update.bytes === null ? 'n/a' : `${update.bytes.toFixed(1)} B`,
      'none',
      update.bytes === null ? null : update.bytes < NO_ALLOCATION_BELOW_BYTES,
    );
    row(
      'in Chromium, per frame: app / vendor',
      `${(inBrowser.app / 1024).toFixed(1)} / ${(inBrowser.vendor / 1024).toFixed(1)} KB`,
      '',
      null,
    );
    console.log('\nfigures written to bench/results.json');
  } finally {
    for (const server of servers) if (server.pid) process.kill(-server.pid);
  }
}

await main();
