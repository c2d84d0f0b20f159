// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Overlay } from '../../src/ui/Overlay';
import { EXERCISES } from '../../src/domain/content/exercises';
import { useExerciseStore } from '../../src/state/exerciseStore';
import { useLibraryFilterStore } from '../../src/state/libraryFilterStore';
import { playbackClock } from '../../src/state/playbackClock';
import { FRAME_STEP, usePlaybackStore } from '../../src/state/playbackStore';
import { useSelectionStore } from '../../src/state/selectionStore';
import { useShortcutsDialog } from '../../src/state/shortcutsDialogStore';
import { loadClip, resetStores } from './resetStores';

const press = (key: string, target: Element | Window = window) => act(() => void fireEvent.keyDown(target, { key }));

beforeEach(() => {
  render(<Overlay />);
});

afterEach(() => {
  cleanup();
  resetStores();
});

function openDeadliftWithClip() {
  press('1');
  act(() =>
    loadClip([
      { phase: 'setup', start: 0, end: 1 },
      { phase: 'brace', start: 1, end: 2 },
      { phase: 'ascent', start: 2, end: 3 },
      { phase: 'lockout', start: 3, end: 4 },
      { phase: 'descent', start: 4, end: 5 },
    ]),
  );
}

describe('keyboard shortcuts', () => {
  it('picks an exercise from the visible list with 1–9', () => {
    press('1');
    expect(useExerciseStore.getState().exerciseId).toBe(EXERCISES[0].id);
    press('Escape');
    act(() => useLibraryFilterStore.getState().setEquipment('mat'));
    press('2');
    const mats = EXERCISES.filter((e) => e.equipment.includes('mat'));
    expect(useExerciseStore.getState().exerciseId).toBe(mats[1].id);
  });

  it('plays and pauses with Space', () => {
    openDeadliftWithClip();
    expect(usePlaybackStore.getState().playing).toBe(true);
    press(' ');
    expect(usePlaybackStore.getState().playing).toBe(false);
    press(' ');
    expect(usePlaybackStore.getState().playing).toBe(true);
  });

  it('steps one frame with the arrows, pausing first', () => {
    openDeadliftWithClip();
    playbackClock.time = 2.5;
    press('ArrowRight');
    expect(usePlaybackStore.getState()).toMatchObject({ playing: false });
    expect(usePlaybackStore.getState().seekTo).toBeCloseTo(2.5 + FRAME_STEP);
    playbackClock.time = 2.5;
    press('ArrowLeft');
    expect(usePlaybackStore.getState().seekTo).toBeCloseTo(2.5 - FRAME_STEP);
  });

  it('jumps between phases with [ and ]', () => {
    openDeadliftWithClip();
    playbackClock.time = 2.5;
    press(']');
    expect(usePlaybackStore.getState().seekTo).toBe(3);
    press('[');
    expect(usePlaybackStore.getState().seekTo).toBe(2);
    // Right at the start of a phase, [ goes to the phase before.
    playbackClock.time = 2.05;
    press('[');
    expect(usePlaybackStore.getState().seekTo).toBe(1);
    playbackClock.time = 4.5;
    press(']');
    expect(usePlaybackStore.getState().seekTo).toBe(0);
  });

  it('clears the selection first, then the exercise, with Esc', () => {
    openDeadliftWithClip();
    act(() => useSelectionStore.getState().select('L3'));
    press('Escape');
    expect(useSelectionStore.getState().selected).toBeNull();
    expect(useExerciseStore.getState().exerciseId).toBe('deadlift');
    press('Escape');
    expect(useExerciseStore.getState().exerciseId).toBeNull();
  });

  it('focuses search with /', () => {
    press('/');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search exercises and body parts' }));
  });

  it('opens the shortcuts dialog with ? and closes it with Esc', () => {
    press('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.textContent).toContain('Play or pause');
    expect(dialog.contains(document.activeElement)).toBe(true);
    press('Escape', dialog);
    expect(useShortcutsDialog.getState().open).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('leaves keys alone while people type in a box', () => {
    const box = screen.getByRole('combobox', { name: 'Search exercises and body parts' });
    press('1', box);
    press('?', box);
    expect(useExerciseStore.getState().exerciseId).toBeNull();
    expect(useShortcutsDialog.getState().open).toBe(false);
  });

  it('leaves Space to the button that has focus', () => {
    openDeadliftWithClip();
    const loop = screen.getByRole('button', { name: 'Loop' });
    press(' ', loop);
    expect(usePlaybackStore.getState().playing).toBe(true);
  });
});
