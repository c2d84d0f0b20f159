// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Overlay } from '../../src/ui/Overlay';
import { DEFAULT_REP_SECONDS } from '../../src/domain/content/workoutPlan';
import { useExerciseStore } from '../../src/state/exerciseStore';
import { usePlaybackStore } from '../../src/state/playbackStore';
import { useWorkoutStore } from '../../src/state/workoutStore';
import { resetStores } from './resetStores';

beforeEach(() => {
  render(<Overlay />);
  fireEvent.click(screen.getByRole('tab', { name: 'Workouts' }));
});

afterEach(() => {
  cleanup();
  resetStores();
});

const tick = (seconds: number) => act(() => useWorkoutStore.getState().tick(seconds, DEFAULT_REP_SECONDS));

describe('workout player', () => {
  it('lists the five workouts with what each is for', () => {
    for (const name of ['Lower-back warm-up', 'Pain relief', 'Strength', 'Beginners', 'Athletes']) {
      expect(screen.getByRole('button', { name: `Start ${name}` })).toBeTruthy();
    }
  });

  it('starts on the first exercise and shows it moving', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Start Strength' }));
    const player = screen.getByTestId('workout-player');
    expect(within(player).getByRole('heading', { name: 'Deadlift' })).toBeTruthy();
    expect(within(player).getByText('Set 1 of 4')).toBeTruthy();
    expect(screen.getByTestId('workout-counter').textContent).toContain('0 / 5');
    expect(useExerciseStore.getState().exerciseId).toBe('deadlift');
    expect(usePlaybackStore.getState().playing).toBe(true);
    expect(within(player).getByRole('note').textContent).toMatch(/not medical advice/);
  });

  it('counts reps as time passes, then rests with a countdown and says what is next', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Start Strength' }));
    tick(DEFAULT_REP_SECONDS * 2 + 0.1);
    expect(screen.getByTestId('workout-counter').textContent).toContain('2 / 5');
    tick(DEFAULT_REP_SECONDS * 3);
    expect(screen.getByTestId('rest-countdown').textContent).toBe('3:00');
    expect(screen.getByText('Next up').parentElement?.textContent).toContain('Deadlift');
    expect(usePlaybackStore.getState().playing).toBe(false);
    tick(60);
    expect(screen.getByTestId('rest-countdown').textContent).toBe('2:00');
    tick(120);
    expect(screen.getByText('Set 2 of 4')).toBeTruthy();
    expect(screen.getByTestId('workout-announcer').textContent).toBe('Deadlift, set 2 of 4: 5 reps.');
  });

  it('counts a hold down and splits each-side holds into right and left', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Start Lower-back warm-up' }));
    expect(screen.getByTestId('workout-counter').textContent).toContain('1:00');
    tick(15);
    expect(screen.getByTestId('workout-counter').textContent).toContain('0:45');
    act(() => useWorkoutStore.getState().goTo(8));
    expect(screen.getByTestId('workout-player').textContent).toContain('Side Plank');
    expect(screen.getByTestId('workout-counter').textContent).toContain('right side');
    act(() => useWorkoutStore.getState().next());
    expect(screen.getByTestId('workout-counter').textContent).toContain('left side');
  });

  it('runs its timer in real time while the workout is on', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Start Lower-back warm-up' }));
      act(() => vi.advanceTimersByTime(10_000));
      expect(useWorkoutStore.getState().elapsed).toBeCloseTo(10, 0);
      expect(screen.getByTestId('workout-counter').textContent).toContain('0:50');
    } finally {
      vi.useRealTimers();
    }
  });

  it('skips forward and goes back', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Start Beginners' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(useWorkoutStore.getState().stepIndex).toBe(1);
    expect(screen.getByTestId('rest-countdown')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(useWorkoutStore.getState().stepIndex).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(useWorkoutStore.getState().stepIndex).toBe(1);
    const progress = screen.getByRole('progressbar', { name: 'Workout progress' });
    expect(progress.getAttribute('aria-valuenow')).toBe('1');
  });

  it('pauses the timer and the movement together', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Start Strength' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause workout' }));
    expect(usePlaybackStore.getState().playing).toBe(false);
    tick(30);
    expect(useWorkoutStore.getState().elapsed).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Resume workout' }));
    expect(usePlaybackStore.getState().playing).toBe(true);
  });

  it('finishes after the last step and can end', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Start Pain relief' }));
    const steps = useWorkoutStore.getState();
    act(() => steps.goTo(10_000));
    act(() => useWorkoutStore.getState().next());
    expect(screen.getByText('All done. Nice work.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to workouts' }));
    expect(useWorkoutStore.getState().workoutId).toBeNull();
    expect(screen.getByRole('button', { name: 'Start Pain relief' })).toBeTruthy();
  });
});
