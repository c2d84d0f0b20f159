import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { drawnShare, waitForFrames, waitForModels, waitForNewFrames, watchErrors } from './helpers';

/** Scans the page with axe and fails on any serious or critical violation, naming each. */
async function expectNoSeriousViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${state}`).toEqual([]);
}

/** Saves a screenshot of the whole page as a test artefact. */
async function saveShot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/${name}.png` });
}

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

for (const size of SIZES) {
  test(`${size.name}: every main view draws, reads well to axe and is saved as a screenshot`, async ({ page }) => {
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    await page.setViewportSize(size.viewport);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Lumbar Lab' })).toBeVisible();
    await waitForModels(page);
    await waitForFrames(page, 2);
    expect(await page.evaluate(() => window.__renderer?.capabilities.isWebGL2 ?? false)).toBe(true);
    // More than the clear colour: floor, grid and models.
    expect(await drawnShare(page)).toBeGreaterThan(0.05);
    if (size.name === 'phone') {
      // The canvas sits on top, the panel below it.
      const canvas = await page.locator('canvas').first().boundingBox();
      const panel = await page.getByTestId('overlay').boundingBox();
      expect(canvas && panel && canvas.y < panel.y).toBe(true);
    }

    // The library.
    await saveShot(page, `${size.name}-library`);
    await expectNoSeriousViolations(page, 'the library');
    if (size.name === 'desktop') {
      // The display settings, opened: leva's panel is scanned like everything else.
      const toggle = page.getByText('Display settings').locator('xpath=preceding-sibling::i');
      const skin = page.getByRole('textbox', { name: 'Skin opacity' });
      await toggle.click();
      await expect(skin).toBeInViewport();
      await saveShot(page, 'desktop-display-settings');
      await expectNoSeriousViolations(page, 'the display settings');
      await toggle.click();
      await expect(skin).not.toBeInViewport();
    }

    // An exercise, paused mid-lift so the highlight shows.
    await page.getByRole('button', { name: 'Deadlift', exact: true }).click();
    await page.getByRole('group', { name: 'Playback' }).getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Go to Rise' }).click();
    await waitForNewFrames(page, size.name === 'phone' ? 6 : 3);
    await saveShot(page, `${size.name}-exercise`);
    await expectNoSeriousViolations(page, 'an exercise');

    // The anatomy section with a vertebra's card.
    await page.getByRole('button', { name: 'Back to all exercises' }).click();
    await page.getByRole('tab', { name: 'Anatomy' }).click();
    await page.getByRole('button', { name: 'L3 vertebra' }).click();
    await expect(page.getByTestId('info-card')).toContainText('L3 vertebra');
    await waitForNewFrames(page, 2);
    await saveShot(page, `${size.name}-anatomy-card`);
    await expectNoSeriousViolations(page, 'the anatomy card');
    await page.getByRole('button', { name: 'Close the card' }).click();

    // The workouts, then the player.
    await page.getByRole('tab', { name: 'Workouts' }).click();
    await saveShot(page, `${size.name}-workouts`);
    await expectNoSeriousViolations(page, 'the workout list');
    await page.getByRole('button', { name: 'Start Lower-back warm-up' }).click();
    await expect(page.getByTestId('workout-player')).toBeVisible();
    await waitForNewFrames(page, 2);
    await saveShot(page, `${size.name}-workout-player`);
    await expectNoSeriousViolations(page, 'the workout player');
    await page.getByRole('button', { name: 'End workout' }).click();

    // About and its sources.
    await page.getByRole('tab', { name: 'About' }).click();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await saveShot(page, `${size.name}-about`);
    await expectNoSeriousViolations(page, 'about');

    // The shortcuts list.
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await saveShot(page, `${size.name}-shortcuts`);
    await expectNoSeriousViolations(page, 'the shortcuts list');
    await page.keyboard.press('Escape');

    expect(errors).toEqual([]);
  });
}
