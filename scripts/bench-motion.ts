/**
 * `npm run bench:motion`: how long sampling all motion data for one frame takes (sampleExercise: solved pose,
 * segmental lumbar angles, landmarks, implement, lever arm, muscle lengths and rates), per exercise and over the
 * whole set, and how many bytes each frame allocates. Prints figures; it asserts nothing (the budget is 0.5 ms).
 *
 * Allocation is read from heap growth (see allocatedPerFrame.ts); run with --expose-gc and a large young generation
 * (--max-semi-space-size=64) so no collection falls inside a count.
 */
import { performance } from 'node:perf_hooks';
import {
  EXERCISE_MOTIONS,
  bakedMotion,
  createMotionSample,
  sampleExercise,
  sampleExerciseAtTime,
} from '../src/domain/motion';
import { allocatedPerFrame } from './allocatedPerFrame';

/** Frames timed per exercise: 60 Hz over the loop, repeated until at least this many. */
const FRAMES_PER_EXERCISE = 3000;
/**
 * Frames of every exercise sampled before any is measured, so the compiler has settled on code for the shared
 * sampler first; otherwise the first exercises measured also pay for its work.
 */
const WARM_UP_FRAMES = 2000;
const BUDGET_MS = 0.5;

function percentile(sorted: Float64Array | number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function frameTimes(period: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i / 60) % period);
}

const sample = createMotionSample();

/** One frame as the app samples it: the time is set on the sample, not passed. */
function frameOf(id: string, times: readonly number[]): (index: number) => void {
  return (index) => {
    sample.time = times[index % times.length];
    sampleExerciseAtTime(id, sample);
  };
}

for (const motion of EXERCISE_MOTIONS) {
  const times = frameTimes(bakedMotion(motion.id).keys.period, WARM_UP_FRAMES);
  const frame = frameOf(motion.id, times);
  for (let i = 0; i < WARM_UP_FRAMES; i++) {
    sampleExercise(motion.id, times[i], sample);
    frame(i);
  }
}
const rows: { id: string; median: number; p95: number; max: number; bytes: number | null }[] = [];
const all: number[] = [];

for (const motion of EXERCISE_MOTIONS) {
  const id = motion.id;
  const period = bakedMotion(id).keys.period;
  const times = frameTimes(period, FRAMES_PER_EXERCISE);

  const durations = new Float64Array(times.length);
  for (let i = 0; i < times.length; i++) {
    const start = performance.now();
    sampleExercise(id, times[i], sample);
    durations[i] = performance.now() - start;
  }
  const sorted = durations.slice().sort();
  for (const d of durations) all.push(d);

  const bytes = allocatedPerFrame(frameOf(id, times));
  rows.push({ id, median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1], bytes });
}

const pad = (s: string, n: number) => s.padEnd(n);
const ms = (v: number) => v.toFixed(3).padStart(7);
console.log(`sampleExercise, one frame, ${FRAMES_PER_EXERCISE} frames per exercise at 60 Hz (budget ${BUDGET_MS} ms)`);
console.log(`${pad('exercise', 30)} median ms  p95 ms   max ms   bytes/frame`);
for (const r of rows) {
  const bytes = r.bytes === null ? 'n/a (run with --expose-gc)' : r.bytes.toFixed(1).padStart(8);
  console.log(`${pad(r.id, 30)} ${ms(r.median)}   ${ms(r.p95)}  ${ms(r.max)}   ${bytes}`);
}
const sortedAll = all.sort((a, b) => a - b);
console.log(
  `${pad('all exercises', 30)} ${ms(percentile(sortedAll, 50))}   ${ms(percentile(sortedAll, 95))}  ${ms(sortedAll[sortedAll.length - 1])}`,
);
const worstP95 = rows.reduce((a, b) => (b.p95 > a.p95 ? b : a));
console.log(`slowest p95: ${worstP95.id} at ${worstP95.p95.toFixed(3)} ms`);
