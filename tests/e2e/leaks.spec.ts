import { expect, test, type Page } from '@playwright/test';
import { EXERCISES } from '../../src/domain/content/exercises';
import { waitForFrames, watchErrors } from './helpers';

/** A stated bound: after 300 switches the collected JS heap may grow at most this much over its steady state. */
const HEAP_GROWTH_BOUND_MB = 12;

/** Moves the app to a link the way the browser's back and forward buttons do. */
async function visit(page: Page, search: string) {
  await page.evaluate((s) => {
    history.pushState(null, '', s);
    dispatchEvent(new PopStateEvent('popstate'));
  }, search);
}

async function nextFrames(page: Page, n = 2) {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

async function measure(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const memory = await page.evaluate(() => ({ ...window.__renderer!.info.memory }));
  return { heapMB: usedSize / 2 ** 20, ...memory };
}

test('switching exercises 300 times and toggling layers leaks neither GPU objects nor memory', async ({ page }) => {
  test.setTimeout(600_000);
  const errors = watchErrors(page);
  await page.goto('/');
  await waitForFrames(page);
  const ids = EXERCISES.map((e) => e.id);
  const layerStates = ['', '&layers=muscles-0.skin-0', '&layers=bones-25.discs-25', '&layers=muscles-25'];

  // One full round first: every clip, model and material the app will ever need now exists.
  for (const [i, id] of ids.entries()) {
    await visit(page, `?ex=${id}${layerStates[i % layerStates.length]}`);
    await nextFrames(page, 1);
  }
  await expect(page.getByTestId('toast')).toHaveCount(0);
  const steady = await measure(page);

  for (let i = 0; i < 300; i++) {
    await visit(page, `?ex=${ids[i % ids.length]}${layerStates[i % layerStates.length]}`);
    if (i % 10 === 0) await nextFrames(page, 1);
  }
  await nextFrames(page, 3);
  const after = await measure(page);

  console.log(`steady ${JSON.stringify(steady)}; after 300 switches ${JSON.stringify(after)}`);
  expect(after.geometries).toBeLessThanOrEqual(steady.geometries);
  expect(after.textures).toBeLessThanOrEqual(steady.textures);
  expect(after.heapMB - steady.heapMB).toBeLessThan(HEAP_GROWTH_BOUND_MB);
  expect(errors).toEqual([]);
});
