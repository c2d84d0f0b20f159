// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Overlay } from '../../src/ui/Overlay';
import { useExerciseStore } from '../../src/state/exerciseStore';
import { useSceneStatus } from '../../src/state/sceneStatusStore';
import { EXERCISES } from '../../src/domain/content/exercises';

afterEach(() => {
  cleanup();
  useExerciseStore.setState({ exerciseId: null });
  useSceneStatus.setState({ status: 'loading', message: null });
});

describe('overlay', () => {
  it('names the product and its purpose', () => {
    render(<Overlay />);
    expect(screen.getByRole('heading', { level: 1, name: 'Lumbar Lab' })).toBeTruthy();
    expect(screen.getByText(/lower back/i)).toBeTruthy();
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

  it('picks an exercise through the store and marks it pressed', () => {
    render(<Overlay />);
    const button = screen.getByRole('button', { name: 'Plank' });
    fireEvent.click(button);
    expect(useExerciseStore.getState().exerciseId).toBe('plank');
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows loading, then a problem message from the scene status store', () => {
    render(<Overlay />);
    expect(screen.getByTestId('loading')).toBeTruthy();
    useSceneStatus.getState().setStatus('no-webgl', 'No 3D here.');
    expect(screen.findByText('No 3D here.')).toBeTruthy();
  });
});
