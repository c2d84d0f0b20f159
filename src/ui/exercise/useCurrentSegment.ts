import { usePlaybackStore, type PhaseSegment } from '../../state/playbackStore';

/** The phase segment playing now, or null before the scene has loaded a clip. Renders only on phase changes. */
export function useCurrentSegment(): PhaseSegment | null {
  return usePlaybackStore((s) => s.segments[s.segmentIndex] ?? null);
}
