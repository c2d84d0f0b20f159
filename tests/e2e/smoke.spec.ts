import { expect, test } from '@playwright/test';
import { drawnShare, waitForFrames, waitForModels, waitForNewFrames, watchErrors } from './helpers';

test('the app loads, draws the 3D view and shows the overlay', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Lumbar Lab' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deadlift', exact: true })).toBeVisible();
  await waitForModels(page);
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
  await waitForModels(page);
  await waitForFrames(page);
  const canvasBox = await page.locator('canvas').first().boundingBox();
  const panelBox = await page.getByTestId('overlay').boundingBox();
  expect(canvasBox && panelBox && canvasBox.y < panelBox.y).toBe(true);
  expect(await drawnShare(page)).toBeGreaterThan(0.05);
  await page.screenshot({ path: 'test-results/smoke-phone.png' });
  expect(errors).toEqual([]);
});

test('switching to full detail in the display settings loads the full models and keeps drawing', async ({ page }) => {
  const errors = watchErrors(page);
  const models: string[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.glb')) models.push(path);
  });
  // Software WebGL starts at low detail, on the phone models.
  await page.goto('/?ex=deadlift&t=1');
  await waitForFrames(page);
  expect(models).toContain('/models/anatomy-lite.glb');
  expect(models).not.toContain('/models/anatomy.glb');

  await page.getByText('Display settings').locator('xpath=preceding-sibling::i').click();
  const quality = page.getByRole('combobox', { name: 'Quality' });
  // Leva's options carry indices as values; their labels are the levels.
  await expect(quality.locator('option:checked')).toHaveText('low');
  await quality.selectOption({ label: 'high' });
  await expect.poll(() => models, { timeout: 30_000 }).toContain('/models/anatomy.glb');
  await expect.poll(() => models, { timeout: 30_000 }).toContain('/models/body.glb');
  await waitForNewFrames(page, 3);
  expect(await drawnShare(page)).toBeGreaterThan(0.05);
  await page.screenshot({ path: 'test-results/smoke-full-detail.png' });
  expect(errors).toEqual([]);
});
