import type { PhaseId } from '../content/types';
import { bakedMotion } from './sampleExercise';

/** One phase's window in an exercise's loop. */
export interface TimelineSegment {
  phase: PhaseId;
  /** Seconds from the start of the loop. */
  start: number;
  end: number;
  /** The side working: the side the content describes first, or its mirror; null for two-sided work. */
  side: 'right' | 'left' | null;
}

export interface Timeline {
  /** Loop length, seconds. */
  period: number;
  segments: TimelineSegment[];
}

/** The phases of an exercise laid out in time, as the player and the overlay show them. */
export function exerciseTimeline(id: string): Timeline {
  const baked = bakedMotion(id);
  const { times, period } = baked.keys;
  const twoSides = baked.sides.some((s) => s === 1);
  const segments: TimelineSegment[] = [];
  for (let k = 0; k < times.length; k++) {
    const start = times[k];
    const end = k + 1 < times.length ? times[k + 1] : period;
    if (end - start < 1e-6) continue;
    const phase = baked.phases[k];
    const side = twoSides ? (baked.sides[k] === 0 ? 'right' : 'left') : null;
    const previous = segments[segments.length - 1];
    // Consecutive keys of one phase read as one phase on the timeline.
    if (previous && previous.phase === phase && previous.side === side) previous.end = end;
    else segments.push({ phase, start, end, side });
  }
  return { period, segments };
}
