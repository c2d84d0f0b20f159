import { expect, test, type Page } from '@playwright/test';
import { exerciseById } from '../../src/domain/content/exercises';
import { expandWorkout } from '../../src/domain/content/workoutPlan';
import { workoutById } from '../../src/domain/content/workouts';
import { waitForFrames, watchErrors } from './helpers';

const WARM_UP = workoutById('lower-back-warm-up')!;
const PLAN = expandWorkout(WARM_UP);
const nameOf = (id: string) => exerciseById(id)!.name;

/** Seconds shown by an "m:ss" clock. */
function seconds(clock: string | null): number {
  const match = /(\d+):(\d\d)/.exec(clock ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

async function stepsDone(page: Page): Promise<number> {
  return Number(await page.getByRole('progressbar', { name: 'Workout progress' }).getAttribute('aria-valuenow'));
}

test('the warm-up player counts, rests, shows what is next, skips and goes back', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto('/');
  await waitForFrames(page, 2);
  await page.getByRole('tab', { name: 'Workouts' }).click();
  await page.getByRole('button', { name: `Start ${WARM_UP.name}` }).click();

  const player = page.getByTestId('workout-player');
  const exercise = player.locator('.player__exercise');
  const nextUp = player.locator('.player__next');
  const timer = player.locator('.player__timer');
  await expect(player.getByRole('heading', { level: 2, name: WARM_UP.name })).toBeVisible();

  // First move: its name, a hold clock that runs down in real time, and the move after it.
  const first = PLAN[0];
  expect(first.kind).toBe('work');
  await expect(exercise).toHaveText(nameOf(WARM_UP.items[0].exercise));
  await expect(player).toContainText(`Exercise 1 of ${WARM_UP.items.length}`);
  await expect(nextUp).toContainText(nameOf(WARM_UP.items[1].exercise));
  await expect(page.getByTestId('workout-announcer')).toContainText(nameOf(WARM_UP.items[0].exercise));
  const counter = page.getByTestId('workout-counter');
  const startClock = seconds(await counter.textContent());
  await expect.poll(async () => seconds(await counter.textContent()), { timeout: 10_000 }).toBeLessThan(startClock);
  await expect.poll(async () => seconds(await timer.textContent())).toBeGreaterThan(0);
  // The figure shows the move too: the link carries the workout and its exercise.
  await expect.poll(() => new URL(page.url()).searchParams.get('ex')).toBe(WARM_UP.items[0].exercise);
  expect(await stepsDone(page)).toBe(0);

  // Skip: a rest that counts down, still announcing what comes next.
  await player.getByRole('button', { name: 'Skip' }).click();
  const rest = page.getByTestId('rest-countdown');
  await expect(rest).toBeVisible();
  expect(PLAN[1].kind).toBe('rest');
  const restStart = seconds(await rest.textContent());
  await expect.poll(async () => seconds(await rest.textContent()), { timeout: 10_000 }).toBeLessThan(restStart);
  await expect(nextUp).toContainText(nameOf(WARM_UP.items[1].exercise));
  await expect(page.getByTestId('workout-announcer')).toContainText(/^Rest/);
  expect(await stepsDone(page)).toBe(1);
  expect(new URL(page.url()).searchParams.get('step')).toBe('1');

  // Skip again: the second move, with a rep counter, and the third as next up. Back, straight away, returns
  // to the rest (later in a step, Back starts the step over).
  await player.getByRole('button', { name: 'Skip' }).click();
  await player.getByRole('button', { name: 'Back' }).click();
  await expect(rest).toBeVisible();
  expect(await stepsDone(page)).toBe(1);
  await player.getByRole('button', { name: 'Skip' }).click();
  await expect(exercise).toHaveText(nameOf(WARM_UP.items[1].exercise));
  await expect(player).toContainText(`Exercise 2 of ${WARM_UP.items.length}`);
  await expect(page.getByTestId('workout-counter')).toContainText(/0\s*\/\s*10/);
  await expect(nextUp).toContainText(nameOf(WARM_UP.items[2].exercise));
  await expect.poll(() => new URL(page.url()).searchParams.get('ex')).toBe(WARM_UP.items[1].exercise);

  // Pause stops the clock.
  await player.getByRole('button', { name: 'Pause workout' }).click();
  const timerAtPause = await timer.textContent();
  await page.waitForTimeout(1500);
  await expect(timer).toHaveText(timerAtPause ?? '');
  await player.getByRole('button', { name: 'Resume workout' }).click();

  // Skipping through to the end finishes the session.
  for (let i = await stepsDone(page); i < PLAN.length; i++) {
    await player.getByRole('button', { name: 'Skip' }).click();
  }
  await expect(player).toContainText('All done');
  expect(await stepsDone(page)).toBe(PLAN.length);
  await expect(page.getByTestId('workout-announcer')).toHaveText(/finished/);
  expect(errors).toEqual([]);
});
