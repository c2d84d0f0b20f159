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
    const bytes = allocatedPerFrame(
      frame,
      Array.from({ length: 600 }, (_, i) => (i / 60) % period),
    );
    if (bytes !== null) perFrameBytes.push(bytes);
  }
  times.sort((a, b) => a - b);
  perFrameBytes.sort((a, b) => a - b);
  return {
    ms: times[Math.floor(times.length / 2)],
    bytes: perFrameBytes.length ? perFrameBytes[Math.floor(perFrameBytes.length / 2)] : null,
  };
}
