import { expect, test, type Page } from '@playwright/test';
import { EXERCISES } from '../../src/domain/content/exercises';
import { focusIndicator, waitForFrames, watchErrors } from './helpers';

/** Clip time shown by the timeline's slider. */
async function timelineValue(page: Page): Promise<number> {
  return Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue());
}

/** Index of the phase marker the timeline marks as current. */
async function currentPhase(page: Page): Promise<number> {
  return page
    .getByRole('list', { name: 'Phases' })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.findIndex((b) => b.getAttribute('aria-current') === 'step'));
}

test('the keyboard alone finds, plays, steps through and clears an exercise', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await waitForFrames(page, 2);
  const search = page.getByRole('combobox', { name: 'Search exercises and body parts' });

  // "/" goes to the search box, which shows that it has focus.
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  expect(await focusIndicator(page)).not.toBeNull();

  // Typing lists matches; Enter picks the first.
  await page.keyboard.type('side pla');
  await expect(page.getByRole('option', { name: /Side Plank/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Side Plank' })).toBeVisible();
  await expect(search).toHaveValue('');

  // Esc leaves the empty search box without clearing the exercise.
  await page.keyboard.press('Escape');
  await expect(search).not.toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Side Plank' })).toBeVisible();

  // Space pauses and plays.
  const playback = page.getByRole('group', { name: 'Playback' });
  await expect(playback.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('button').first()).toBeVisible();
  await page.keyboard.press(' ');
  await expect(playback.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  // The arrows step one frame each way.
  const paused = await timelineValue(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => timelineValue(page)).toBeCloseTo(paused + 1 / 30, 3);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => timelineValue(page)).toBeCloseTo(paused, 3);

  // ] and [ jump a phase each way.
  const phase = await currentPhase(page);
  await page.keyboard.press(']');
  await expect.poll(() => currentPhase(page)).toBe(phase + 1);
  await page.keyboard.press(']');
  await expect.poll(() => currentPhase(page)).toBe(phase + 2);
  await page.keyboard.press('[');
  await expect.poll(() => currentPhase(page)).toBe(phase + 1);

  await page.keyboard.press(' ');
  await expect(playback.getByRole('button', { name: 'Pause' })).toBeVisible();

  // ? lists the shortcuts in a dialog that takes focus and gives it back on Esc.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog).toContainText('Play or pause');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Side Plank' })).toBeVisible();

  // Esc clears the exercise; a number key picks one from the list.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Exercises' })).toBeVisible();
  await expect(playback).toBeHidden();
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { level: 2, name: EXERCISES[2].name })).toBeVisible();

  // Tab walks through the controls; each one says what it is and shows where focus is.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAccessibleName(/\S/);
    const where = await focused.evaluate((el) => el.outerHTML.slice(0, 120));
    expect(await focusIndicator(page), `focus shows on ${where}`).not.toBeNull();
  }
  expect(errors).toEqual([]);
});
