import { expect, test, type Page } from '@playwright/test';
import { drawnShare, waitForFrames, waitForModels, watchErrors } from './helpers';

// Routes only see requests the page makes itself; the offline worker must not answer them from its cache.
test.use({ serviceWorkers: 'block' });

/** Failed model loads log one console error per refused file; nothing else may go wrong. */
const onlyRefusedLoads = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource|404|Could not load \/models\//.test(e));

async function openExercise(page: Page, name: string) {
  await page
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

test('without WebGL every text is still there and the page says why there is no 3D view', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByTestId('scene-problem')).toContainText(/cannot show 3D/i);
  await expect(page.locator('canvas')).toHaveCount(0);
  await openExercise(page, 'Deadlift');
  await expect(page.getByText(/flat all the way from your tailbone/i)).toBeVisible();
  await page.getByRole('tab', { name: 'Workouts' }).click();
  await expect(page.getByText('Lower-back warm-up').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Anatomy' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('L3');
  expect(errors).toEqual([]);
});

for (const fault of ['missing', 'corrupt'] as const) {
  test(`a ${fault} model file is named, can be retried, and the rest of the app works`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.route('**/models/anatomy*.glb', (route) =>
      fault === 'missing'
        ? route.fulfill({ status: 404, body: 'not found' })
        : route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: 'this is not a glTF file' }),
    );
    await page.goto('/');
    const problem = page.getByTestId('scene-problem');
    await expect(problem).toContainText(/anatomy model/i, { timeout: 45_000 });
    await expect(problem).toContainText(/models\/anatomy/);
    // The body, the equipment and the whole overlay carry on.
    await openExercise(page, 'Plank');
    await expect(page.getByTestId('step-announcer')).toBeAttached();

    await page.unroute('**/models/anatomy*.glb');
    await problem.getByRole('button', { name: 'Try again' }).click();
    await expect(problem).toHaveCount(0, { timeout: 30_000 });
    await waitForModels(page);
    await waitForFrames(page);
    expect(await drawnShare(page)).toBeGreaterThan(0.05);
    expect(onlyRefusedLoads(errors)).toEqual([]);
  });
}

test('a lost GPU context shows a notice and the scene comes back in the same state', async ({ page }) => {
  // Software WebGL re-uploads every model after a restore: the first frames are slow.
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto('/');
  await waitForFrames(page);
  await openExercise(page, 'Romanian Deadlift');
  const urlBefore = page.url();
  await page.evaluate(() => {
    const gl = window.__renderer!.getContext();
    (window as { __loseContext?: WEBGL_lose_context | null }).__loseContext = gl.getExtension('WEBGL_lose_context');
    (window as { __loseContext?: WEBGL_lose_context | null }).__loseContext!.loseContext();
  });
  await expect(page.getByTestId('scene-problem')).toContainText(/graphics/i);
  await page.evaluate(() => (window as { __loseContext?: WEBGL_lose_context | null }).__loseContext!.restoreContext());
  await expect(page.getByTestId('scene-problem')).toHaveCount(0, { timeout: 30_000 });
  const frames = await page.evaluate(() => window.__renderer!.info.render.frame);
  await expect.poll(() => page.evaluate(() => window.__renderer!.info.render.frame)).toBeGreaterThan(frames + 3);
  expect(await drawnShare(page)).toBeGreaterThan(0.05);
  await expect(page.getByRole('heading', { level: 2, name: 'Romanian Deadlift' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('ex')).toBe(new URL(urlBefore).searchParams.get('ex'));
  // The browser reports the loss itself as a warning; an error would mean something broke.
  expect(errors).toEqual([]);
});
