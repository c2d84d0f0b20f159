#!/usr/bin/env node
// Runs every test layer (unit, DOM, scene and model tests in Vitest; the browser tests in Playwright) and ends with
// one line, "N passed, N failed", summed over both runners. Without Chromium the browser tests are skipped with a
// notice, except under CI=true, where a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.ci-out';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const inCI = process.env.CI === 'true' || process.env.CI === '1';
let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// Vitest: unit, DOM, scene and model tests.
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}/vitest.json`,
]);
const vitest = readJson(`${out}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (vitestStatus !== 0 && vitest.numFailedTests === 0) broken = true;
} else {
  console.error('Vitest wrote no report.');
  broken = true;
}

// Playwright: the built app in real headless Chromium with software WebGL.
if (existsSync(chromium)) {
  if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
    console.error('The build failed, so the browser tests could not run.');
    broken = true;
  } else {
    const status = run('npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/e2e.json`,
    });
    const e2e = readJson(`${out}/e2e.json`);
    if (e2e?.stats) {
      passed += e2e.stats.expected + e2e.stats.flaky;
      failed += e2e.stats.unexpected;
      skipped += e2e.stats.skipped;
      if (status !== 0 && e2e.stats.unexpected === 0) broken = true;
    } else {
      console.error('Playwright wrote no report.');
      broken = true;
    }
  }
} else if (inCI) {
  console.error(`No Chromium at ${chromium}: the browser tests cannot run, and CI requires them.`);
  broken = true;
} else {
  console.warn(
    `\nBrowser tests skipped: no Chromium at ${chromium}.\n` +
      'Install it with `sudo apt-get install -y chromium`, or point CHROME_PATH at a Chromium binary.\n',
  );
}

if (passed + failed === 0) broken = true;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || broken ? 1 : 0);
