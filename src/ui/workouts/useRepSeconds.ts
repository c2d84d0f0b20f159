import { DEFAULT_REP_SECONDS } from '../../domain/content/workoutPlan';
import { usePlaybackStore } from '../../state/playbackStore';

/** Real seconds per rep: one pass of the animation at the chosen speed, or a steady default before it loads. */
export function useRepSeconds(): number {
  return usePlaybackStore((s) => (s.duration > 0 && s.speed > 0 ? s.duration / s.speed : DEFAULT_REP_SECONDS));
}

/** The same, read once outside React. */
export function repSecondsNow(): number {
  const s = usePlaybackStore.getState();
  return s.duration > 0 && s.speed > 0 ? s.duration / s.speed : DEFAULT_REP_SECONDS;
}
