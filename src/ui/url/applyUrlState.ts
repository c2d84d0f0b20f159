import { useCameraStore } from '../../state/cameraStore';
import { useExerciseStore } from '../../state/exerciseStore';
import { useMotionPreference } from '../../state/motionPreferenceStore';
import { usePanelStore } from '../../state/panelStore';
import { usePlaybackStore } from '../../state/playbackStore';
import { useSelectionStore } from '../../state/selectionStore';
import type { UrlState } from '../../state/urlState';
import { LAYERS, useViewStore } from '../../state/viewStore';
import { useWorkoutStore } from '../../state/workoutStore';
import type { PendingSeek } from './readUrlState';

/**
 * Puts a link's state into the stores. Returns the clip position still to reach once the clip is loaded, if
 * any. A link with a time opens paused there; otherwise a newly shown exercise starts playing, unless people
 * asked for reduced motion.
 */
export function applyUrlState(state: UrlState): PendingSeek | null {
  const exercises = useExerciseStore.getState();
  const changed = exercises.exerciseId !== state.exercise;
  exercises.selectExercise(state.exercise);

  // After the exercise: a workout step picks its own exercise, which wins when a link leaves it out.
  const workout = useWorkoutStore.getState();
  if (state.workout) workout.start(state.workout.id, { rounds: state.workout.rounds, stepIndex: state.workout.step });
  else workout.stop();

  const playback = usePlaybackStore.getState();
  playback.setSpeed(state.speed);
  const view = useViewStore.getState();
  for (const layer of LAYERS) view.setLayerOpacity(layer, state.layers[layer]);
  view.setIsolate(state.isolate);
  view.setShowLabels(state.labels);
  useSelectionStore.getState().select(state.selection);
  const camera = useCameraStore.getState();
  if (state.camera && state.camera !== camera.preset) camera.request(state.camera);
  usePanelStore.getState().setTab(state.tab);

  if (!useExerciseStore.getState().exerciseId) {
    playback.pause();
    return null;
  }
  const reduced = useMotionPreference.getState().reducedMotion;
  if (state.time !== null) {
    playback.pause();
    return { time: state.time };
  }
  if (changed || state.phase) {
    if (reduced) playback.pause();
    else playback.play();
  }
  return state.phase ? { phase: state.phase } : null;
}
