/**
 * Which instants of an exercise's loop its contact sheet shows: the middle of each phase of the first side, each
 * extreme of the movement that no phase frame shows, and, for each-side exercises, one frame of the second side.
 */
import type { PhaseId } from '../../src/domain/content/types';
import { createMotionSample, sampleExercise } from '../../src/domain/motion';
import type { MotionSample } from '../../src/domain/motion';
import { exerciseTimeline } from '../../src/domain/motion/timeline';

/** One picture on the sheet. */
export interface SheetFrame {
  /** Seconds into the loop. */
  t: number;
  phase: PhaseId;
  /** The working side for each-side exercises. */
  side: 'right' | 'left' | null;
  /** Why this frame is here beyond its phase, e.g. "end" for the end of a movement. */
  note: string | null;
}

/** Phases that best show a side's work, in order of preference, for the second side's single frame. */
const PEAK_PHASES: readonly PhaseId[] = ['hold', 'bottom', 'squeeze', 'chop', 'rotate', 'reach', 'lift'];
/** Largest joint distance (m) under which two frames count as showing the same pose. */
const SAME_POSE = 0.06;
/** Step of the scan for the farthest pose, seconds. */
const SCAN_STEP = 1 / 30;

/** The largest distance any joint lies from its place in the other pose, metres. */
function poseDistance(a: MotionSample, b: MotionSample): number {
  let most = 0;
  for (let j = 0; j < a.joints.length; j++) most = Math.max(most, a.joints[j].distanceTo(b.joints[j]));
  return most;
}

function poseAt(id: string, t: number): MotionSample {
  return sampleExercise(id, t, createMotionSample());
}

/** Middles of the runs of scan steps that are the highest within `window` steps either side: the pose extremes. */
function extremes(distances: number[], window: number): number[] {
  const isPeak = distances.map((d, i) => {
    if (d < SAME_POSE) return false;
    for (let j = Math.max(0, i - window); j <= Math.min(distances.length - 1, i + window); j++) {
      if (distances[j] > d + 1e-5) return false;
    }
    return true;
  });
  const middles: number[] = [];
  for (let i = 0; i < isPeak.length; i++) {
    if (!isPeak[i]) continue;
    let end = i;
    while (end + 1 < isPeak.length && isPeak[end + 1]) end++;
    middles.push(Math.floor((i + end) / 2));
    i = end;
  }
  return middles;
}

/** The frames of one exercise's sheet, in time order. */
export function sheetFrames(id: string): SheetFrame[] {
  const timeline = exerciseTimeline(id);
  const twoSided = timeline.segments.some((s) => s.side === 'left');
  const first = timeline.segments.filter((s) => s.side !== 'left');
  const sideEnd = first[first.length - 1].end;
  const segmentAt = (t: number) => first.find((s) => t >= s.start && t < s.end) ?? first[first.length - 1];

  // Each phase at its middle.
  const frames: SheetFrame[] = first.map((seg) => ({
    t: (seg.start + seg.end) / 2,
    phase: seg.phase,
    side: seg.side,
    note: null,
  }));

  // Every extreme of the movement (the pose farthest from the start, locally) that no phase frame already shows.
  const start = poseAt(id, 0);
  const scan = createMotionSample();
  const times: number[] = [];
  const distances: number[] = [];
  for (let t = 0; t < sideEnd; t += SCAN_STEP) {
    times.push(t);
    distances.push(poseDistance(sampleExercise(id, t, scan), start));
  }
  for (const i of extremes(distances, Math.round(0.4 / SCAN_STEP))) {
    const pose = poseAt(id, times[i]);
    if (frames.some((f) => poseDistance(poseAt(id, f.t), pose) < SAME_POSE)) continue;
    // A turning point on a phase boundary belongs to the phase that reaches it.
    const t = times[i];
    const seg = segmentAt(t - 0.05);
    frames.push({ t, phase: seg.phase, side: seg.side, note: t >= seg.end - 0.06 ? 'end' : 'furthest' });
  }
  frames.sort((a, b) => a.t - b.t);

  if (twoSided) {
    const distance = (f: SheetFrame) => poseDistance(poseAt(id, f.t), start);
    const phase = PEAK_PHASES.find((p) => frames.some((f) => f.phase === p));
    const pool = phase ? frames.filter((f) => f.phase === phase) : frames;
    const best = pool.reduce((a, b) => (distance(b) > distance(a) ? b : a));
    frames.push({ ...best, t: best.t + sideEnd, side: 'left' });
  }
  return frames;
}
