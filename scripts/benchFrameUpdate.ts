/**
 * The app's per-frame update, run in Node: motion sampling with muscle lengths and rates, the pose copied onto two
 * models (anatomy and body) as the scene does, and the readout. Highlights change only when the phase does, so they cost nothing per
 * frame. Returns the median time and the bytes allocated per frame (null without --expose-gc).
 */
import { Object3D } from 'three';
import { EXERCISES, exerciseById } from '../src/domain/content/exercises';
import { createMotionSample, sampleExercise } from '../src/domain/motion';
import { exerciseTimeline } from '../src/domain/motion/timeline';
import { JOINT_NAMES, JOINT_PARENTS } from '../src/domain/skeleton/joints';
import { poseRig } from '../src/scene/figure/poseRigs';
import type { Rig } from '../src/scene/figure/rigRegistry';
import { writeReadout } from '../src/scene/figure/writeReadout';

function bareRig(): Rig {
  const root = new Object3D();
  const joints = new Map<string, Object3D>();
  for (const name of JOINT_NAMES) {
    const joint = new Object3D();
    joint.name = name;
    joints.set(name, joint);
    const parent = JOINT_PARENTS[name];
    (parent ? joints.get(parent)! : root).add(joint);
  }
  return { root, joints: JOINT_NAMES.map((name) => joints.get(name)!) };
}

/** Frames per exercise for the allocation count: enough that one-off work (compiling, first-use caches) fades. */
const ALLOC_FRAMES = 4000;

/** Heap growth per call of `run` over ALLOC_FRAMES calls, from a collected heap. */
function heapGrowthPerFrame(gc: () => void, run: (t: number) => void, period: number): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < ALLOC_FRAMES; i++) run((i / 60) % period);
  return (process.memoryUsage().heapUsed - before) / ALLOC_FRAMES;
}

const nothing = (t: number) => void t;

export function measureFrameUpdate(): { ms: number; bytes: number | null } {
  const gc = (globalThis as { gc?: () => void }).gc;
  const sample = createMotionSample();
  const times: number[] = [];
  const perFrameBytes: number[] = [];
  for (const exercise of EXERCISES) {
    const id = exercise.id;
    const rigs = [bareRig(), bareRig()];
    const period = exerciseTimeline(id).period;
    const ex = exerciseById(id)!;
    const frame = (t: number) => {
      sampleExercise(id, t, sample);
      for (const rig of rigs) poseRig(rig, sample);
      writeReadout(sample, ex);
    };
    for (let i = 0; i < 1000; i++) frame((i / 60) % period);
    for (let i = 0; i < 600; i++) {
      const t = (i / 60) % period;
      const start = performance.now();
      frame(t);
      times.push(performance.now() - start);
    }
    if (gc) {
      // The loop that drives the frames allocates too (a number passed to a function is boxed); an empty frame
      // driven the same way measures that, and only what the update adds on top counts.
      const harness = heapGrowthPerFrame(gc, nothing, period);
      const update = heapGrowthPerFrame(gc, frame, period);
      perFrameBytes.push(Math.max(0, update - harness));
    }
  }
  times.sort((a, b) => a - b);
  perFrameBytes.sort((a, b) => a - b);
  return {
    ms: times[Math.floor(times.length / 2)],
    bytes: perFrameBytes.length ? perFrameBytes[Math.floor(perFrameBytes.length / 2)] : null,
  };
}
