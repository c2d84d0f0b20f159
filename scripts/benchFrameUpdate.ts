/**
 * The app's per-frame update, run in Node: motion sampling with muscle lengths and rates, the pose copied onto two
 * models (anatomy and body) as the scene does, and the readout. Highlights change only when the phase does, so they cost nothing per
 * frame. Returns the median time and the bytes allocated per frame (null without --expose-gc).
 */
import { Object3D } from 'three';
import { EXERCISES, exerciseById } from '../src/domain/content/exercises';
import { createMotionSample, sampleExerciseAtTime } from '../src/domain/motion';
import { exerciseTimeline } from '../src/domain/motion/timeline';
import { JOINT_NAMES, JOINT_PARENTS } from '../src/domain/skeleton/joints';
import { poseRigs } from '../src/scene/figure/poseRigs';
import { registerRig, type Rig } from '../src/scene/figure/rigRegistry';
import { writeReadout } from '../src/scene/figure/writeReadout';
import { allocatedPerFrame } from './allocatedPerFrame';

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

export function measureFrameUpdate(): { ms: number; bytes: number | null } {
  const sample = createMotionSample();
  const times: number[] = [];
  const perFrameBytes: number[] = [];
  // The player poses every registered model; two bare skeletons stand in for the anatomy and the body.
  const unregister = [registerRig(bareRig()), registerRig(bareRig())];
  for (const exercise of EXERCISES) {
    const id = exercise.id;
    const period = exerciseTimeline(id).period;
    const ex = exerciseById(id)!;
    const clock = Float64Array.from({ length: 600 }, (_, i) => (i / 60) % period);
    const frame = (index: number) => {
      sample.time = clock[index % clock.length];
      sampleExerciseAtTime(id, sample);
      poseRigs(sample);
      writeReadout(sample, ex);
    };
    for (let i = 0; i < 1000; i++) frame(i);
    for (let i = 0; i < 600; i++) {
      const start = performance.now();
      frame(i);
      times.push(performance.now() - start);
    }
    const bytes = allocatedPerFrame(frame);
    if (bytes !== null) perFrameBytes.push(bytes);
  }
  for (const undo of unregister) undo();
  times.sort((a, b) => a - b);
  perFrameBytes.sort((a, b) => a - b);
  return {
    ms: times[Math.floor(times.length / 2)],
    bytes: perFrameBytes.length ? perFrameBytes[Math.floor(perFrameBytes.length / 2)] : null,
  };
}

// Run on its own (as `npm run bench` does, in a fresh process so the browser work before it leaves the compiler
// in no particular state), it prints its figures as JSON.
if (process.argv[1]?.endsWith('benchFrameUpdate.ts')) console.log(JSON.stringify(measureFrameUpdate()));
