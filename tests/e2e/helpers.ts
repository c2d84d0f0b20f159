import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Collects console errors and page errors so a test can require there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Waits until the renderer has drawn a few frames. */
export async function waitForFrames(page: Page, frames = 5) {
  await expect
    .poll(() => page.evaluate(() => window.__renderer?.info.render.frame ?? 0), { timeout: 30_000 })
    .toBeGreaterThan(frames);
}

/** Share of canvas pixels that differ from the clear colour, from a real screenshot. */
export async function drawnShare(page: Page, background: [number, number, number] = [0x16, 0x19, 0x1d]) {
  const png = PNG.sync.read(await page.locator('canvas').first().screenshot());
  let drawn = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d =
      Math.abs(png.data[i] - background[0]) +
      Math.abs(png.data[i + 1] - background[1]) +
      Math.abs(png.data[i + 2] - background[2]);
    if (d > 24) drawn++;
  }
  return drawn / (png.width * png.height);
}
