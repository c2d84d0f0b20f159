import { expect, test } from '@playwright/test';
import { drawnShare, waitForFrames, waitForModels, waitForNewFrames, watchErrors } from './helpers';

test('makes no request outside its own origin, under a self-only content security policy', async ({
  page,
  baseURL,
}) => {
  const errors = watchErrors(page);
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto('/');
  await waitForFrames(page);
  await page
    .getByRole('button', { name: /^Deadlift/ })
    .first()
    .click();
  await page.waitForTimeout(1500);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toMatch(/https?:/);
  expect(foreign).toEqual([]);
  // A blocked load would show up here as "Refused to …".
  expect(errors).toEqual([]);
});

test('works offline after the first visit, and can be installed', async ({ page, context }) => {
  await page.goto('/');
  await waitForFrames(page);
  // The worker precaches the whole app and its models on install.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
    .toBe(true);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? ((await (await fetch(link.href)).json()) as { name: string; icons: { sizes: string }[] }) : null;
  });
  expect(manifest?.name).toBe('Lumbar Lab');
  expect(manifest?.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  await context.setOffline(true);
  const errors = watchErrors(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Lumbar Lab' })).toBeVisible();
  await waitForModels(page);
  await waitForNewFrames(page, 2);
  await expect(page.getByTestId('scene-problem')).toHaveCount(0);
  expect(await drawnShare(page)).toBeGreaterThan(0.05);
  expect(errors).toEqual([]);
  await context.setOffline(false);
});
