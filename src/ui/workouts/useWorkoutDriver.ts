import { useEffect } from 'react';
import { useExerciseStore } from '../../state/exerciseStore';
import { useMotionPreference } from '../../state/motionPreferenceStore';
import { usePlaybackStore } from '../../state/playbackStore';
import { useWorkoutStore, workoutPlan } from '../../state/workoutStore';

/**
 * Keeps the figure in step with the workout: a work step shows its exercise moving, a rest shows the next one
 * standing still. Reacts only when the step changes, so people can still pause or scrub within a step.
 */
export function useWorkoutDriver() {
  useEffect(() => {
    const apply = () => {
      const { workoutId, rounds, stepIndex, finished } = useWorkoutStore.getState();
      const step = workoutPlan(workoutId, rounds)[stepIndex];
      if (!workoutId || !step) return;
      const playback = usePlaybackStore.getState();
      if (finished) {
        playback.pause();
        return;
      }
      useExerciseStore.getState().selectExercise(step.kind === 'work' ? step.exercise : step.next);
      if (step.kind === 'work' && !useMotionPreference.getState().reducedMotion) playback.play();
      else playback.pause();
    };
    apply();
    return useWorkoutStore.subscribe((s, prev) => {
      if (s.workoutId !== prev.workoutId || s.stepIndex !== prev.stepIndex || s.finished !== prev.finished) apply();
      else if (s.paused !== prev.paused) {
        if (s.paused) usePlaybackStore.getState().pause();
        else apply();
      }
    });
  }, []);
}
