import { create } from 'zustand';
import type { PhaseId } from '../domain/content/types';

/** One phase's window in the playing clip. Each-side exercises list their phases twice, once per side. */
export interface PhaseSegment {
  phase: PhaseId;
  /** Seconds from the start of the clip. */
  start: number;
  end: number;
  /** The working side for each-side exercises. */
  side: 'right' | 'left' | null;
}

export const SPEEDS = [0.25, 0.5, 0.75, 1, 1.5, 2] as const;
/** Frame step for the step buttons and arrow keys, in seconds of clip time. */
export const FRAME_STEP = 1 / 30;

interface PlaybackState {
  playing: boolean;
  speed: number;
  loop: boolean;
  /** Clip length in seconds; 0 when nothing plays. */
  duration: number;
  segments: readonly PhaseSegment[];
  /** Index into segments of the phase being shown; written when it changes, not every frame. */
  segmentIndex: number;
  /**
   * A requested jump in clip time. The clock in the scene consumes it; the overlay never writes time itself.
   * `seekId` grows with each request so two jumps to the same time both happen.
   */
  seekTo: number;
  seekId: number;
  setClip: (duration: number, segments: readonly PhaseSegment[]) => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (speed: number) => void;
  setLoop: (loop: boolean) => void;
  seek: (seconds: number) => void;
  setSegmentIndex: (index: number) => void;
}

export const usePlaybackStore = create<PlaybackState>()((set, get) => ({
  playing: false,
  speed: 1,
  loop: true,
  duration: 0,
  segments: [],
  segmentIndex: 0,
  seekTo: 0,
  seekId: 0,
  setClip: (duration, segments) => set({ duration, segments, segmentIndex: 0, seekTo: 0, seekId: get().seekId + 1 }),
  play: () => {
    if (!get().playing) set({ playing: true });
  },
  pause: () => {
    if (get().playing) set({ playing: false });
  },
  togglePlay: () => set({ playing: !get().playing }),
  setSpeed: (speed) => {
    const value = Math.min(2, Math.max(0.25, speed));
    if (get().speed !== value) set({ speed: value });
  },
  setLoop: (loop) => {
    if (get().loop !== loop) set({ loop });
  },
  seek: (seconds) => {
    const { duration, seekId } = get();
    const t = duration > 0 ? Math.min(duration, Math.max(0, seconds)) : 0;
    set({ seekTo: t, seekId: seekId + 1 });
  },
  setSegmentIndex: (index) => {
    if (get().segmentIndex !== index) set({ segmentIndex: index });
  },
}));

/** The segment that contains clip time t. */
export function segmentAt(segments: readonly PhaseSegment[], t: number): number {
  return segmentAtClock(segments, { time: t });
}

/**
 * The segment that contains the clock's time: the frame loop's form, which hands the time over inside an object
 * because a number handed to a call the compiler does not inline is boxed.
 */
export function segmentAtClock(segments: readonly PhaseSegment[], clock: { readonly time: number }): number {
  for (let i = segments.length - 1; i >= 0; i--) if (clock.time >= segments[i].start) return i;
  return 0;
}
