import { expect, test, type Page } from '@playwright/test';
import { muscleInfo } from '../../src/domain/anatomy';
import { EXERCISES } from '../../src/domain/content/exercises';
import { PHASE_LABELS, type Exercise, type PhaseId } from '../../src/domain/content/types';
import { currentStepIndex } from '../../src/ui/exercise/currentStep';
import { canvasPixels, waitForFrames, waitForNewFrames, watchErrors, workHueGained, workHuePixels } from './helpers';

/** The phase in which the exercise's loaded muscles work hardest in sum: its highlight is brightest there. */
function brightestPhase(exercise: Exercise): PhaseId {
  const effort = (phase: PhaseId) =>
    exercise.loads.reduce((sum, load) => sum + load.load * (load.phases[phase]?.effort ?? 0), 0);
  return exercise.phases.reduce((best, phase) => (effort(phase) > effort(best) ? phase : best));
}

/** Index of the step the list marks as current, or -1. */
async function currentStep(page: Page): Promise<number> {
  return page
    .locator('.steps__list > li')
    .evaluateAll((items) => items.findIndex((item) => item.getAttribute('aria-current') === 'step'));
}

/**
 * Share of the canvas whose pixels must take a work hue when the highlight goes on, counted pixel by pixel against
 * the same view with every highlight off. At phone size on a software renderer the faintest exercise (the side
 * bend) colours about 0.003 of the canvas and the strongest about 0.014; half the faintest still tells on from off.
 */
const MIN_HIGHLIGHT_SHARE = 0.0015;

// One page for all 22, at phone size: the phone uses the lighter models, so software WebGL draws fast enough to
// visit every exercise in about a minute.
test('every exercise lists its muscles, lights them in the work hues and moves through its steps', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForFrames(page, 2);

  for (const [n, exercise] of EXERCISES.entries()) {
    await test.step(exercise.name, async () => {
      await page.getByRole('button', { name: exercise.name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 2, name: exercise.name })).toBeVisible();
      if (n === 0) await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');
      // The legend lists exactly the loaded muscles, each with its own switch, all on.
      const legend = page.getByRole('list', { name: 'Loaded muscles', exact: true });
      await expect(legend.locator(':scope > li')).toHaveCount(exercise.loads.length);
      for (const load of exercise.loads) {
        const row = page.getByTestId(`legend-${load.muscle}`);
        await expect(row).toContainText(muscleInfo(load.muscle).name);
        await expect(row.getByRole('switch', { name: `Highlight ${muscleInfo(load.muscle).name}` })).toBeChecked();
      }
      // As the clip plays, the highlighted step moves on and the live region says so.
      const announcer = page.getByTestId('step-announcer');
      await expect.poll(() => currentStep(page)).toBeGreaterThanOrEqual(0);
      const firstStep = await currentStep(page);
      const firstText = await announcer.textContent();
      await expect.poll(() => currentStep(page), { timeout: 30_000 }).not.toBe(firstStep);
      await expect(announcer).not.toHaveText(firstText ?? '');
      // Paused on the hardest phase, the step for that phase is marked and the loaded muscles show work hues
      // that go away when every highlight is switched off.
      await page.getByRole('button', { name: 'Pause' }).click();
      const phase = brightestPhase(exercise);
      const marker = page.getByRole('button', { name: new RegExp(`^Go to ${PHASE_LABELS[phase]}(,|$)`) }).first();
      await marker.click();
      await expect(marker).toHaveAttribute('aria-current', 'step');
      await expect.poll(() => currentStep(page)).toBe(currentStepIndex(exercise, phase));
      await waitForNewFrames(page, 2);
      const onShot = await canvasPixels(page);
      await page.getByRole('button', { name: 'Highlight none' }).click();
      await waitForNewFrames(page, 2);
      const offShot = await canvasPixels(page);
      const gained = workHueGained(onShot, offShot);
      const area = offShot.width * offShot.height;
      const counts = `on ${JSON.stringify(workHuePixels(onShot))}, off ${JSON.stringify(workHuePixels(offShot))}`;
      expect(gained / area, `${gained} pixels gained a work hue; ${counts}`).toBeGreaterThan(MIN_HIGHLIGHT_SHARE);
      await page.getByRole('button', { name: 'Highlight all' }).click();
      await page.getByRole('button', { name: 'Back to all exercises' }).click();
    });
  }
  expect(errors).toEqual([]);
});
