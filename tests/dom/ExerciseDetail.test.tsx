// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Overlay } from '../../src/ui/Overlay';
import { muscleInfo } from '../../src/domain/anatomy';
import { exerciseById } from '../../src/domain/content/exercises';
import type { Exercise } from '../../src/domain/content/types';
import { useExerciseStore } from '../../src/state/exerciseStore';
import { useHighlightStore } from '../../src/state/highlightStore';
import { usePlaybackStore } from '../../src/state/playbackStore';
import { loadClip, resetStores } from './resetStores';

afterEach(() => {
  cleanup();
  resetStores();
});

function open(id: string): Exercise {
  render(<Overlay />);
  act(() => useExerciseStore.getState().selectExercise(id));
  const exercise = exerciseById(id);
  if (!exercise) throw new Error(id);
  return exercise;
}

describe('muscle legend', () => {
  it.each(['deadlift', 'side-plank', 'cat-cow'])('lists every muscle %s loads, with role and load', (id) => {
    const exercise = open(id);
    const legend = screen.getByRole('region', { name: 'Muscles it loads' });
    const rows = within(within(legend).getByRole('list', { name: 'Loaded muscles' })).getAllByRole('listitem');
    expect(rows).toHaveLength(exercise.loads.length);
    exercise.loads.forEach((load, i) => {
      expect(rows[i].textContent).toContain(muscleInfo(load.muscle).name);
      expect(rows[i].textContent).toContain(`${Math.round(load.load * 100)}%`);
      expect(rows[i].textContent).toContain(load.loadSource.kind === 'cited' ? 'Cited' : 'Estimate');
    });
  });

  it('switches one muscle off and on in the highlight store', () => {
    open('deadlift');
    const toggle = screen.getByRole('switch', { name: 'Highlight Gluteus maximus' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(useHighlightStore.getState().off.has('gluteus-maximus')).toBe(true);
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(useHighlightStore.getState().off.has('gluteus-maximus')).toBe(false);
  });

  it('turns every muscle off with None and back on with All', () => {
    const exercise = open('deadlift');
    fireEvent.click(screen.getByRole('button', { name: 'Highlight none' }));
    for (const load of exercise.loads) expect(useHighlightStore.getState().off.has(load.muscle)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Highlight all' }));
    expect(useHighlightStore.getState().off.size).toBe(0);
  });

  it('shows the citation only when asked', () => {
    open('deadlift');
    const row = screen.getByTestId('legend-gluteus-maximus');
    const details = within(row).getByText('Cited').closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('51.5');
  });

  it('shows the kind of work each muscle does in the playing phase', () => {
    open('deadlift');
    act(() =>
      loadClip([
        { phase: 'setup', start: 0, end: 1 },
        { phase: 'brace', start: 1, end: 2 },
        { phase: 'ascent', start: 2, end: 3 },
        { phase: 'lockout', start: 3, end: 4 },
        { phase: 'descent', start: 4, end: 5 },
      ]),
    );
    act(() => usePlaybackStore.getState().setSegmentIndex(2));
    expect(screen.getByTestId('legend-gluteus-maximus').textContent).toContain('Shortening now');
    act(() => usePlaybackStore.getState().setSegmentIndex(4));
    expect(screen.getByTestId('legend-gluteus-maximus').textContent).toContain('Lengthening now');
    expect(screen.getByTestId('legend-multifidus').textContent).toContain('Holding now');
  });
});

describe('steps', () => {
  it('highlights the last step of the playing phase and announces it as the clip moves on', () => {
    const exercise = open('deadlift');
    act(() =>
      loadClip([
        { phase: 'setup', start: 0, end: 1 },
        { phase: 'brace', start: 1, end: 2 },
        { phase: 'ascent', start: 2, end: 3 },
        { phase: 'lockout', start: 3, end: 4 },
        { phase: 'descent', start: 4, end: 5 },
      ]),
    );
    const steps = within(screen.getByRole('region', { name: 'How to do it' })).getAllByRole('listitem');
    const announcer = screen.getByTestId('step-announcer');
    expect(announcer.getAttribute('aria-live')).toBe('polite');

    // Setup has two steps; the second is the one in force.
    expect(steps[1].getAttribute('aria-current')).toBe('step');
    expect(steps[0].getAttribute('aria-current')).toBeNull();
    expect(announcer.textContent).toBe(`Step 2 of ${exercise.steps.length}: ${exercise.steps[1].cue}.`);

    act(() => usePlaybackStore.getState().setSegmentIndex(2));
    expect(steps[3].getAttribute('aria-current')).toBe('step');
    expect(steps[1].getAttribute('aria-current')).toBeNull();
    expect(announcer.textContent).toBe(`Step 4 of ${exercise.steps.length}: Push the floor away.`);

    act(() => usePlaybackStore.getState().setSegmentIndex(4));
    expect(steps[5].getAttribute('aria-current')).toBe('step');
    expect(steps[5].className).toContain('steps__item--current');
  });

  it('says which side is working on exercises done one side at a time', () => {
    open('bird-dog');
    act(() =>
      loadClip([
        { phase: 'setup', start: 0, end: 1, side: 'right' },
        { phase: 'reach', start: 1, end: 2, side: 'right' },
        { phase: 'setup', start: 2, end: 3, side: 'left' },
        { phase: 'reach', start: 3, end: 4, side: 'left' },
      ]),
    );
    act(() => usePlaybackStore.getState().setSegmentIndex(3));
    expect(screen.getByTestId('step-announcer').textContent).toMatch(/^Left side\. Step \d+ of \d+: /);
  });

  it('shows easier and harder options, the tip, safety notes and variations beside the notice', () => {
    const exercise = open('deadlift');
    expect(screen.getByText(exercise.easier)).toBeTruthy();
    expect(screen.getByText(exercise.harder)).toBeTruthy();
    expect(screen.getByText(exercise.tip)).toBeTruthy();
    for (const note of exercise.safety) expect(screen.getByText(note)).toBeTruthy();
    for (const v of exercise.variations) expect(screen.getByText(v.name)).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/not medical advice/);
  });
});
