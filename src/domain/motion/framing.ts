import { exerciseTimeline } from './timeline';
import { sampleExercise } from './sampleExercise';
import { LANDMARK_NAMES, createMotionSample } from './sampleTypes';

function grow(min: number[], max: number[], p: { x: number; y: number; z: number }, pad: number) {
  min[0] = Math.min(min[0], p.x - pad);
  min[1] = Math.min(min[1], p.y - pad);
  min[2] = Math.min(min[2], p.z - pad);
  max[0] = Math.max(max[0], p.x + pad);
  max[1] = Math.max(max[1], p.y + pad);
  max[2] = Math.max(max[2], p.z + pad);
}

/** An axis-aligned box in world metres. */
export interface Bounds {
  min: [number, number, number];
  max: [number, number, number];
}

/** Frames sampled across one loop to find how far the figure reaches. */
const FRAMES = 48;
/**
 * Added around joint centres and landmarks (head top, toe tips, fingertips), metres, for the flesh around them.
 * An estimate: about the half-depth of the trunk and thigh.
 */
const PADDING = 0.1;
/** Reach of a held implement around its centre, metres: a standard 450 mm bumper plate's radius. */
const IMPLEMENT_REACH = 0.225;

const cache = new Map<string, Bounds>();

/** The box the figure's joints sweep through over the exercise's loop, padded for flesh; cached per exercise. */
export function exerciseBounds(id: string): Bounds {
  const known = cache.get(id);
  if (known) return known;
  const period = exerciseTimeline(id).period;
  const sample = createMotionSample();
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < FRAMES; i++) {
    sampleExercise(id, (i / FRAMES) * period, sample);
    for (const p of sample.joints) grow(min, max, p, PADDING);
    for (const name of LANDMARK_NAMES) grow(min, max, sample.landmarks[name], PADDING);
    if (sample.implement) grow(min, max, sample.implement.position, IMPLEMENT_REACH);
  }
  // Nothing sinks below the floor.
  min[1] = Math.max(0, min[1]);
  const bounds = { min, max };
  cache.set(id, bounds);
  return bounds;
}
