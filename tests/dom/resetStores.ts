import { useCameraStore } from '../../src/state/cameraStore';
import { useExerciseStore } from '../../src/state/exerciseStore';
import { useHighlightStore } from '../../src/state/highlightStore';
import { useLibraryFilterStore } from '../../src/state/libraryFilterStore';
import { useMotionPreference } from '../../src/state/motionPreferenceStore';
import { usePanelStore } from '../../src/state/panelStore';
import { playbackClock } from '../../src/state/playbackClock';
import { usePlaybackStore, type PhaseSegment } from '../../src/state/playbackStore';
import type { PhaseId } from '../../src/domain/content/types';
import { useSceneStatus } from '../../src/state/sceneStatusStore';
import { useSelectionStore } from '../../src/state/selectionStore';
import { useShortcutsDialog } from '../../src/state/shortcutsDialogStore';
import { useToastStore } from '../../src/state/toastStore';
import { useViewStore } from '../../src/state/viewStore';
import { useWorkoutStore } from '../../src/state/workoutStore';

const stores = [
  useCameraStore,
  useExerciseStore,
  useHighlightStore,
  useLibraryFilterStore,
  useMotionPreference,
  usePanelStore,
  usePlaybackStore,
  useSceneStatus,
  useSelectionStore,
  useShortcutsDialog,
  useToastStore,
  useViewStore,
  useWorkoutStore,
] as const;

// Captured at import, before any test has touched a store.
const initial = stores.map((store) => store.getState());

/** Puts every store, the clip clock and the address back as they were when the app started. */
export function resetStores() {
  stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
  playbackClock.time = 0;
  window.history.replaceState(null, '', '/');
}

/** Loads a clip the way the scene does: a duration and phase windows. */
export function loadClip(segments: { phase: PhaseId; start: number; end: number; side?: PhaseSegment['side'] }[]) {
  const duration = segments[segments.length - 1]?.end ?? 0;
  usePlaybackStore.getState().setClip(
    duration,
    segments.map((s) => ({ ...s, side: s.side ?? null })),
  );
}
