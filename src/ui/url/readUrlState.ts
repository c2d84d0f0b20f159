import { useCameraStore } from '../../state/cameraStore';
import { useExerciseStore } from '../../state/exerciseStore';
import { usePanelStore } from '../../state/panelStore';
import { usePlaybackStore, type PhaseSegment } from '../../state/playbackStore';
import { useSelectionStore } from '../../state/selectionStore';
import type { UrlState } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { useWorkoutStore } from '../../state/workoutStore';

/** A clip position a link asked for that can only be applied once the scene has loaded the clip. */
export type PendingSeek = { time: number } | { phase: NonNullable<UrlState['phase']> };

/** How many times a segment's phase has come round up to and including it (2 = the second side). */
export function occurrenceOf(segments: readonly PhaseSegment[], index: number): number {
  let count = 0;
  for (let i = 0; i <= index && i < segments.length; i++) if (segments[i].phase === segments[index].phase) count++;
  return Math.max(1, count);
}

/** The segment where a phase comes round for the nth time, or -1. */
export function segmentOfPhase(segments: readonly PhaseSegment[], phase: NonNullable<UrlState['phase']>): number {
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    if (segments[i].phase === phase.id && ++count === phase.occurrence) return i;
  }
  return -1;
}

/**
 * The app's state as a link should carry it. A playing exercise carries its phase; a paused one its time
 * (`pausedTime`); a position still waiting for its clip is carried as it was asked for.
 */
export function readUrlState(pausedTime: number, pending: PendingSeek | null): UrlState {
  const exercise = useExerciseStore.getState().exerciseId;
  const playback = usePlaybackStore.getState();
  const view = useViewStore.getState();
  const workout = useWorkoutStore.getState();
  let time: number | null = null;
  let phase: UrlState['phase'] = null;
  if (exercise && pending) {
    if ('time' in pending) time = pending.time;
    else phase = pending.phase;
  } else if (exercise && playback.duration > 0) {
    const segment = playback.segments[playback.segmentIndex];
    if (!playback.playing) time = pausedTime;
    else if (segment) phase = { id: segment.phase, occurrence: occurrenceOf(playback.segments, playback.segmentIndex) };
  }
  return {
    exercise,
    time,
    phase,
    speed: playback.speed,
    camera: useCameraStore.getState().preset,
    layers: { ...view.layerOpacity },
    isolate: view.isolate,
    labels: view.showLabels,
    selection: useSelectionStore.getState().selected,
    workout: workout.workoutId ? { id: workout.workoutId, step: workout.stepIndex, rounds: workout.rounds } : null,
    tab: usePanelStore.getState().tab,
  };
}
