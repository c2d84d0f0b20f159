import { expect, test } from '@playwright/test';
import { drawnShare, waitForFrames, watchErrors } from './helpers';

test('the app loads, draws the 3D view and shows the overlay', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Lumbar Lab' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deadlift', exact: true })).toBeVisible();
  await waitForFrames(page);
  const isWebGL2 = await page.evaluate(() => window.__renderer?.capabilities.isWebGL2 ?? false);
  expect(isWebGL2).toBe(true);
  // The canvas must show more than its clear colour: floor, grid and models.
  expect(await drawnShare(page)).toBeGreaterThan(0.05);
  await page.screenshot({ path: 'test-results/smoke-desktop.png' });
  expect(errors).toEqual([]);
});

test('on a phone the canvas sits on top and the panel below', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForFrames(page);
  const canvasBox = await page.locator('canvas').first().boundingBox();
  const panelBox = await page.getByTestId('overlay').boundingBox();
  expect(canvasBox && panelBox && canvasBox.y < panelBox.y).toBe(true);
  expect(await drawnShare(page)).toBeGreaterThan(0.05);
  await page.screenshot({ path: 'test-results/smoke-phone.png' });
  expect(errors).toEqual([]);
});
