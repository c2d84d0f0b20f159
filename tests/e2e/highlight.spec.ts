import { expect, test } from '@playwright/test';
import { muscleInfo } from '../../src/domain/anatomy';
import { exerciseById } from '../../src/domain/content/exercises';
import {
  canvasPixels,
  changedPixels,
  waitForCameraToSettle,
  waitForFrames,
  waitForNewFrames,
  watchErrors,
  workHuePixels,
} from './helpers';

test('switching one muscle’s highlight off changes the picture, and on again restores it', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const deadlift = exerciseById('deadlift')!;
  const gluteus = deadlift.loads.find((load) => load.muscle === 'gluteus-maximus')!;
  expect(gluteus.phases.ascent?.contraction).toBe('concentric');
  const name = muscleInfo(gluteus.muscle).name;

  await page.goto('/?ex=deadlift');
  await waitForFrames(page, 2);
  await page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Go to Rise' }).click();
  await expect(page.getByRole('button', { name: 'Go to Rise' })).toHaveAttribute('aria-current', 'step');
  await waitForCameraToSettle(page);
  const before = await canvasPixels(page);

  const toggle = page.getByRole('switch', { name: `Highlight ${name}` });
  await toggle.uncheck();
  await expect(page.getByTestId(`legend-${gluteus.muscle}`)).toHaveClass(/legend__row--off/);
  await waitForNewFrames(page, 2);
  const off = await canvasPixels(page);

  await toggle.check();
  await waitForNewFrames(page, 2);
  const on = await canvasPixels(page);

  const area = before.width * before.height;
  const switchedOff = changedPixels(before, off);
  const switchedOn = changedPixels(before, on);
  // The glutes are a large muscle seen side-on: switching them off must repaint a clear patch of the view (over
  // 0.1% of it: some 350 pixels at the software renderer's three-quarter resolution)...
  expect(switchedOff / area).toBeGreaterThan(0.001);
  // ...with less of the shortening hue in it...
  expect(workHuePixels(off).concentric).toBeLessThan(workHuePixels(before).concentric);
  // ...and switching them back on gives the same picture again.
  expect(switchedOn).toBeLessThan(switchedOff * 0.1);
  expect(errors).toEqual([]);
});
