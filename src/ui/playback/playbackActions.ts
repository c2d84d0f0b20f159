import { playbackClock } from '../../state/playbackClock';
import { FRAME_STEP, segmentAt, usePlaybackStore, type PhaseSegment } from '../../state/playbackStore';

/** Seconds into a phase after which "previous phase" goes back to its start rather than to the phase before. */
const RESTART_GRACE = 0.3;

/** Start time of the phase before the one at t, or of the current phase when t is well into it. */
export function previousPhaseStart(segments: readonly PhaseSegment[], t: number): number {
  if (segments.length === 0) return 0;
  const i = segmentAt(segments, t);
  if (t - segments[i].start > RESTART_GRACE || i === 0) return segments[i].start;
  return segments[i - 1].start;
}

/** Start time of the phase after the one at t; after the last phase, the start of the clip. */
export function nextPhaseStart(segments: readonly PhaseSegment[], t: number): number {
  if (segments.length === 0) return 0;
  const i = segmentAt(segments, t);
  return i + 1 < segments.length ? segments[i + 1].start : segments[0].start;
}

/** Play or pause; playing from the very end of a clip that doesn't loop starts it again. */
export function togglePlayback() {
  const s = usePlaybackStore.getState();
  if (!s.playing && s.duration > 0 && playbackClock.time >= s.duration - FRAME_STEP) s.seek(0);
  s.togglePlay();
}

/** Pauses and moves one frame forward or back. */
export function stepFrame(direction: 1 | -1) {
  const s = usePlaybackStore.getState();
  if (s.duration <= 0) return;
  s.pause();
  s.seek(playbackClock.time + direction * FRAME_STEP);
}

/** Jumps to the start of the next or previous phase. */
export function stepPhase(direction: 1 | -1) {
  const s = usePlaybackStore.getState();
  if (s.duration <= 0 || s.segments.length === 0) return;
  const t = playbackClock.time;
  s.seek(direction > 0 ? nextPhaseStart(s.segments, t) : previousPhaseStart(s.segments, t));
}
