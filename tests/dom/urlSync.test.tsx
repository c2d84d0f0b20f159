// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Overlay } from '../../src/ui/Overlay';
import { useCameraStore } from '../../src/state/cameraStore';
import { useExerciseStore } from '../../src/state/exerciseStore';
import { usePanelStore } from '../../src/state/panelStore';
import { segmentAt, usePlaybackStore } from '../../src/state/playbackStore';
import { useSelectionStore } from '../../src/state/selectionStore';
import { useViewStore } from '../../src/state/viewStore';
import { useWorkoutStore } from '../../src/state/workoutStore';
import { loadClip, resetStores } from './resetStores';

const DEADLIFT_CLIP = [
  { phase: 'setup', start: 0, end: 1 },
  { phase: 'brace', start: 1, end: 2 },
  { phase: 'ascent', start: 2, end: 3 },
  { phase: 'lockout', start: 3, end: 4 },
  { phase: 'descent', start: 4, end: 5 },
] as const;

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<Overlay />);
}

/** Lets queued microtasks (the batched URL writes) run. */
const settle = () => act(async () => {});

afterEach(() => {
  cleanup();
  resetStores();
});

describe('URL state', () => {
  it('restores a copied link: exercise paused at its time, speed, layers, selection, camera and section', () => {
    openAt('?ex=deadlift&t=2.5&speed=0.5&layers=skin-0.bones-25&iso=1&sel=L3&cam=back&tab=anatomy');
    expect(useExerciseStore.getState().exerciseId).toBe('deadlift');
    expect(usePlaybackStore.getState()).toMatchObject({ speed: 0.5, playing: false });
    expect(useViewStore.getState()).toMatchObject({ isolate: true, layerOpacity: { skin: 0, bones: 0.25 } });
    expect(useSelectionStore.getState().selected).toBe('L3');
    expect(useCameraStore.getState().preset).toBe('back');
    expect(usePanelStore.getState().tab).toBe('anatomy');
    // The time is applied once the scene has loaded the clip.
    act(() => loadClip([...DEADLIFT_CLIP]));
    expect(usePlaybackStore.getState().seekTo).toBe(2.5);
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('plays from a phase named in the link', () => {
    openAt('?ex=deadlift&phase=lockout');
    act(() => loadClip([...DEADLIFT_CLIP]));
    expect(usePlaybackStore.getState()).toMatchObject({ seekTo: 3, playing: true });
  });

  it('restores a workout at its step', () => {
    openAt('?workout=lower-back-warm-up&rounds=2&step=2&tab=workouts');
    expect(useWorkoutStore.getState()).toMatchObject({ workoutId: 'lower-back-warm-up', rounds: 2, stepIndex: 2 });
    expect(useExerciseStore.getState().exerciseId).toBe('dead-bug');
    expect(screen.getByTestId('workout-player').textContent).toContain('Dead Bug');
  });

  it('writes state back: a new entry for a new exercise, the same entry for speed', async () => {
    openAt('');
    await settle();
    const start = window.history.length;
    fireEvent.click(screen.getByRole('button', { name: 'Plank' }));
    await settle();
    expect(new URLSearchParams(window.location.search).get('ex')).toBe('plank');
    expect(window.history.length).toBe(start + 1);
    act(() => usePlaybackStore.getState().setSpeed(2));
    await settle();
    expect(new URLSearchParams(window.location.search).get('speed')).toBe('2');
    expect(window.history.length).toBe(start + 1);
  });

  it('survives a round trip through a copied link', async () => {
    openAt('');
    fireEvent.click(screen.getByRole('button', { name: 'Bird Dog' }));
    act(() => {
      loadClip([
        { phase: 'setup', start: 0, end: 1, side: 'right' },
        { phase: 'reach', start: 1, end: 2, side: 'right' },
        { phase: 'setup', start: 2, end: 3, side: 'left' },
        { phase: 'reach', start: 3, end: 4, side: 'left' },
      ]);
      usePlaybackStore.getState().setSegmentIndex(3);
      usePlaybackStore.getState().setSpeed(0.75);
      useViewStore.getState().setLayerOpacity('muscles', 0.25);
      useViewStore.getState().setShowLabels(true);
      useSelectionStore.getState().select('multifidus_left');
      useCameraStore.getState().request('lumbar');
    });
    await settle();
    const link = window.location.search;
    expect(link).toContain('phase=reach.2');

    cleanup();
    resetStores();
    openAt(link);
    act(() =>
      loadClip([
        { phase: 'setup', start: 0, end: 1, side: 'right' },
        { phase: 'reach', start: 1, end: 2, side: 'right' },
        { phase: 'setup', start: 2, end: 3, side: 'left' },
        { phase: 'reach', start: 3, end: 4, side: 'left' },
      ]),
    );
    expect(useExerciseStore.getState().exerciseId).toBe('bird-dog');
    expect(usePlaybackStore.getState()).toMatchObject({ speed: 0.75, seekTo: 3, playing: true });
    expect(useViewStore.getState()).toMatchObject({ showLabels: true, layerOpacity: { muscles: 0.25 } });
    expect(useSelectionStore.getState().selected).toBe('multifidus_left');
    expect(useCameraStore.getState().preset).toBe('lumbar');
    // As the scene does: the clock reaches the sought time and the segment index follows it.
    act(() => {
      const { segments, seekTo } = usePlaybackStore.getState();
      usePlaybackStore.getState().setSegmentIndex(segmentAt(segments, seekTo));
    });
    await settle();
    expect(window.location.search).toBe(link);
  });

  it('goes back and forward through exercises', async () => {
    openAt('');
    fireEvent.click(screen.getByRole('button', { name: 'Plank' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Back to all exercises' }));
    fireEvent.click(screen.getByRole('button', { name: 'Superman' }));
    await settle();
    act(() => window.history.back());
    await waitFor(() => expect(useExerciseStore.getState().exerciseId).toBe('plank'));
    act(() => window.history.forward());
    await waitFor(() => expect(useExerciseStore.getState().exerciseId).toBe('superman'));
  });

  it('gives a short notice and sensible defaults for a malformed link', async () => {
    openAt('?ex=no-such-move&speed=11&sel=L9&cam=inside');
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('the exercise, the speed, the camera view and the selection');
    expect(useExerciseStore.getState().exerciseId).toBeNull();
    expect(usePlaybackStore.getState().speed).toBe(1);
    expect(screen.getByRole('region', { name: 'For strength' })).toBeTruthy();
    await settle();
    expect(window.location.search).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('names a single problem in its own words', () => {
    openAt('?ex=deadlift&phase=nowhere');
    expect(screen.getByTestId('toast').textContent).toContain('phase');
    expect(useExerciseStore.getState().exerciseId).toBe('deadlift');
  });
});
