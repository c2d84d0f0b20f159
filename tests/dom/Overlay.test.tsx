// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Overlay } from '../../src/ui/Overlay';
import { useExerciseStore } from '../../src/state/exerciseStore';
import { useLibraryFilterStore } from '../../src/state/libraryFilterStore';
import { usePlaybackStore } from '../../src/state/playbackStore';
import { useSceneStatus } from '../../src/state/sceneStatusStore';
import { useSelectionStore } from '../../src/state/selectionStore';
import { useViewStore } from '../../src/state/viewStore';
import { useCameraStore } from '../../src/state/cameraStore';
import { useMotionPreference } from '../../src/state/motionPreferenceStore';
import { EXERCISES } from '../../src/domain/content/exercises';
import { MEDICAL_NOTICE, MEDICAL_NOTICE_SHORT } from '../../src/domain/content/guidance';
import { resetStores } from './resetStores';

afterEach(() => {
  cleanup();
  resetStores();
});

describe('overlay', () => {
  it('names the product and its purpose', () => {
    render(<Overlay />);
    expect(screen.getByRole('heading', { level: 1, name: 'Lumbar Lab' })).toBeTruthy();
    expect(screen.getByText(/lower back is built/i)).toBeTruthy();
  });

  it('lists every exercise under its group', () => {
    render(<Overlay />);
    const strength = screen.getByRole('region', { name: 'For strength' });
    const relief = screen.getByRole('region', { name: 'For pain relief and control' });
    for (const exercise of EXERCISES) {
      const group = exercise.group === 'strength' ? strength : relief;
      expect(within(group).getByRole('button', { name: exercise.name })).toBeTruthy();
    }
  });

  it('filters the library by equipment and by muscle', () => {
    render(<Overlay />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Equipment' }), { target: { value: 'kettlebell' } });
    expect(useLibraryFilterStore.getState().equipment).toBe('kettlebell');
    expect(screen.getByRole('button', { name: 'Kettlebell Swing' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Deadlift' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Muscle' }), { target: { value: 'quadratus-lumborum' } });
    const listed = screen.getAllByRole('button', { pressed: false }).map((b) => b.getAttribute('aria-describedby'));
    const expected = EXERCISES.filter((e) => e.loads.some((l) => l.muscle === 'quadratus-lumborum'));
    expect(expected.length).toBeGreaterThan(0);
    expect(listed.filter(Boolean)).toHaveLength(expected.length);
  });

  it('opens an exercise, starts it playing, and goes back to the library', () => {
    render(<Overlay />);
    fireEvent.click(screen.getByRole('button', { name: 'Plank' }));
    expect(useExerciseStore.getState().exerciseId).toBe('plank');
    expect(usePlaybackStore.getState().playing).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: 'Plank' })).toBeTruthy();
    expect(screen.getByText(MEDICAL_NOTICE_SHORT)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Playback' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to all exercises' }));
    expect(useExerciseStore.getState().exerciseId).toBeNull();
  });

  it('does not start the movement by itself when people prefer reduced motion', () => {
    render(<Overlay />);
    act(() => useMotionPreference.setState({ reducedMotion: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Plank' }));
    expect(useExerciseStore.getState().exerciseId).toBe('plank');
    expect(usePlaybackStore.getState().playing).toBe(false);
  });

  it('finds a body part by search and shows its card', () => {
    render(<Overlay />);
    const box = screen.getByRole('combobox', { name: 'Search exercises and body parts' });
    fireEvent.change(box, { target: { value: 'l4 l5' } });
    const option = screen.getByRole('option', { name: /L4–L5 intervertebral disc/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(useSelectionStore.getState().selected).toBe('L4-L5');
    expect(screen.getByTestId('info-card').textContent).toContain('L4–L5 intervertebral disc');
  });

  it('finds an exercise by search and opens it', () => {
    render(<Overlay />);
    const box = screen.getByRole('combobox', { name: 'Search exercises and body parts' });
    fireEvent.change(box, { target: { value: 'bird' } });
    fireEvent.click(screen.getByRole('option', { name: /Bird Dog/ }));
    expect(useExerciseStore.getState().exerciseId).toBe('bird-dog');
  });

  it('shows a muscle card with its attachments and the exercises that load it, each opening the exercise', () => {
    render(<Overlay />);
    act(() => useSelectionStore.getState().select('multifidus_left'));
    const card = screen.getByTestId('info-card');
    expect(within(card).getByRole('heading', { name: /Multifidus/ })).toBeTruthy();
    expect(within(card).getByText('Origin')).toBeTruthy();
    expect(within(card).getByText('Nerve supply')).toBeTruthy();
    const links = within(card)
      .getAllByRole('button')
      .filter((b) => /Deadlift/.test(b.textContent ?? ''));
    fireEvent.click(links[0]);
    expect(useExerciseStore.getState().exerciseId).toBe('deadlift');
    expect(usePlaybackStore.getState().playing).toBe(true);
  });

  it('shows a hover label with the structure name', () => {
    render(<Overlay />);
    expect(screen.queryByTestId('hover-label')).toBeNull();
    act(() => useSelectionStore.getState().hover('hip-bone_right'));
    expect(screen.getByTestId('hover-label').textContent).toBe('Hip bone (right)');
  });

  it('sets layers, isolation, labels and the camera from the Anatomy section', () => {
    render(<Overlay />);
    act(() => useSelectionStore.getState().select('L3'));
    fireEvent.click(screen.getByRole('tab', { name: 'Anatomy' }));
    const bones = screen.getByRole('group', { name: 'Bones' });
    fireEvent.click(within(bones).getByRole('radio', { name: 'Fade' }));
    expect(useViewStore.getState().layerOpacity.bones).toBe(0.25);
    fireEvent.click(within(bones).getByRole('radio', { name: 'Hide' }));
    expect(useViewStore.getState().layerOpacity.bones).toBe(0);
    fireEvent.click(screen.getByRole('switch', { name: 'Isolate selection' }));
    expect(useViewStore.getState().isolate).toBe(true);
    fireEvent.click(screen.getByRole('switch', { name: 'Labels on the model' }));
    expect(useViewStore.getState().showLabels).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(useViewStore.getState().isolate).toBe(false);
    expect(useViewStore.getState().layerOpacity.bones).toBe(1);
    const before = useCameraStore.getState().requestId;
    fireEvent.click(screen.getAllByRole('button', { name: 'Lumbar spine view' })[0]);
    expect(useCameraStore.getState()).toMatchObject({ preset: 'lumbar', requestId: before + 1 });
  });

  it('shows the sources and the full notice in About', () => {
    render(<Overlay />);
    fireEvent.click(screen.getByRole('tab', { name: 'About' }));
    expect(screen.getByText(MEDICAL_NOTICE)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeTruthy();
    expect(screen.getAllByText(/Pearcy MJ/, { selector: 'p' }).length).toBeGreaterThan(0);
  });

  it('shows loading, then a problem message from the scene status store', async () => {
    render(<Overlay />);
    expect(screen.getByTestId('loading')).toBeTruthy();
    act(() => useSceneStatus.getState().setStatus('no-webgl', 'No 3D here.'));
    expect(await screen.findByText('No 3D here.')).toBeTruthy();
  });
});
