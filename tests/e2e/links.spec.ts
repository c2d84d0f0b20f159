import { expect, test, type Page } from '@playwright/test';
import { waitForFrames, watchErrors } from './helpers';

/** The link's query as the app wrote it, as a map. */
function params(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Clip time shown by the timeline's slider. */
async function timelineValue(page: Page): Promise<number> {
  return Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue());
}

/** The checked option of one layer ("Show", "Fade" or "Hide"). */
function layerOption(page: Page, layer: string, option: string) {
  return page.getByRole('group', { name: layer }).getByRole('radio', { name: option });
}

test('a link restores the view, and the view written back to the link survives a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  // A paused exercise, slow speed, the back view, skin hidden, bones faded, labels on, L3 picked, anatomy open.
  await page.goto('/?ex=side-plank&t=3&speed=0.5&cam=back&layers=skin-0.bones-25&labels=1&sel=L3&tab=anatomy');
  await waitForFrames(page, 2);

  const expectLinkedState = async () => {
    await expect(page.getByRole('tab', { name: 'Anatomy' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('info-card').getByRole('heading', { level: 2 })).toHaveText('L3 vertebra');
    await expect(layerOption(page, 'Skin', 'Hide')).toBeChecked();
    await expect(layerOption(page, 'Bones', 'Fade')).toBeChecked();
    await expect(layerOption(page, 'Muscles', 'Show')).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Labels on the model' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Back view' }).first()).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('0.5');
    const playback = page.getByRole('group', { name: 'Playback' });
    await expect(playback.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect.poll(() => timelineValue(page)).toBeCloseTo(3, 1);
  };
  await expectLinkedState();
  expect(params(page)).toMatchObject({ ex: 'side-plank', t: '3', speed: '0.5', cam: 'back', sel: 'L3' });

  await page.reload();
  await waitForFrames(page, 2);
  await expectLinkedState();

  // Change the view through the controls; the link follows, and a reload brings the changed view back.
  await page.getByRole('button', { name: 'Front view' }).first().click();
  await layerOption(page, 'Discs', 'Fade').check();
  await page.getByRole('button', { name: 'Close the card' }).click();
  await page.getByRole('tab', { name: 'Exercises' }).click();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
  await page.getByRole('button', { name: 'Go to Lift, right side' }).click();
  await expect.poll(() => timelineValue(page)).not.toBeCloseTo(3, 1);
  const liftStart = await timelineValue(page);
  await expect.poll(() => params(page)).toMatchObject({ ex: 'side-plank', speed: '1.5', cam: 'front' });
  await expect.poll(() => Number(params(page).t)).toBeCloseTo(liftStart, 1);
  const written = params(page);
  expect(written.layers).toContain('discs-25');
  expect(written.sel).toBeUndefined();
  expect(written.tab).toBeUndefined();

  await page.reload();
  await waitForFrames(page, 2);
  expect(params(page)).toEqual(written);
  await expect(page.getByRole('heading', { level: 2, name: 'Side Plank' })).toBeVisible();
  await expect(page.getByTestId('info-card')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.5');
  await expect(page.getByRole('button', { name: 'Front view' }).first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Go to Lift, right side' })).toHaveAttribute('aria-current', 'step');
  await expect.poll(() => timelineValue(page)).toBeCloseTo(liftStart, 1);
  expect(errors).toEqual([]);
});

test('back and forward step through exercises and picks', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await waitForFrames(page, 2);
  const detail = (name: string) => page.getByRole('heading', { level: 2, name });
  const card = page.getByTestId('info-card');

  await page.getByRole('button', { name: 'Deadlift', exact: true }).click();
  await expect(detail('Deadlift')).toBeVisible();
  await page.getByRole('tab', { name: 'Anatomy' }).click();
  await page.getByRole('button', { name: 'L4 vertebra' }).click();
  await expect(card).toContainText('L4 vertebra');
  await expect.poll(() => params(page)).toMatchObject({ ex: 'deadlift', sel: 'L4' });

  await page.goBack();
  await expect(card).toHaveCount(0);
  expect(params(page)).toMatchObject({ ex: 'deadlift' });
  await page.goBack();
  await expect.poll(() => params(page).ex).toBeUndefined();
  await page.getByRole('tab', { name: 'Exercises' }).click();
  await expect(page.getByRole('navigation', { name: 'Exercises' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Playback' })).toBeHidden();

  // Forward: the exercise again (its entry was left on the anatomy section), then the pick.
  await page.goForward();
  await expect.poll(() => params(page)).toMatchObject({ ex: 'deadlift', tab: 'anatomy' });
  await expect(page.getByRole('group', { name: 'Playback' })).toBeVisible();
  await expect(card).toHaveCount(0);
  await page.goForward();
  await expect(card).toContainText('L4 vertebra');
  await page.getByRole('tab', { name: 'Exercises' }).click();
  await expect(detail('Deadlift')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a broken link says so briefly and the app still works', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?ex=no-such-lift&speed=fast&cam=sideways&tab=settings');
  const toast = page.getByTestId('toast');
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(/didn’t work/);
  expect((await toast.innerText()).length).toBeLessThan(200);
  // The bad values are dropped from the link and the defaults are shown.
  await expect.poll(() => params(page)).toEqual({});
  await expect(page.getByRole('tab', { name: 'Exercises' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('22 exercises')).toBeVisible();

  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(toast).toHaveCount(0);
  await page.getByRole('button', { name: 'Plank', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Plank' })).toBeVisible();
  await waitForFrames(page, 2);
  expect(errors).toEqual([]);
});
