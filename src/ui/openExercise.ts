import { useExerciseStore } from '../state/exerciseStore';
import { useMotionPreference } from '../state/motionPreferenceStore';
import { usePanelStore } from '../state/panelStore';
import { usePlaybackStore } from '../state/playbackStore';

/**
 * Shows an exercise and starts it moving, unless people asked their system for reduced motion; then it waits
 * for the play button.
 */
export function openExercise(id: string) {
  useExerciseStore.getState().selectExercise(id);
  usePanelStore.getState().setTab('exercises');
  if (useMotionPreference.getState().reducedMotion) usePlaybackStore.getState().pause();
  else usePlaybackStore.getState().play();
}
