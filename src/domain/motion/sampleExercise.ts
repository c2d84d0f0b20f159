/**
 * sampleExercise(id, t, out) and sampleExerciseAtTime(id, out): the pose of an exercise at a time, with contacts
 * solved, landmarks, the implement, the load's lever arm about L5/S1 and (when attachment data is supplied) muscle
 * lengths. Runs in the frame loop: after the first call for an exercise (which bakes it) it allocates nothing.
 */
import { Vector3 } from 'three';
import { DISC_IDS } from '../anatomy/ids';
import { segmentShares } from '../anatomy/segments';
import { jointIndex } from '../skeleton/joints';
import { bakeMotion } from './bake';
import type { BakedMotion } from './bake';
import { CH, unpackPose } from './channels';
import { motionById } from './exercises';
import { createFrameState } from './frameState';
import type { FrameState } from './frameState';
import { implementMassCentre, placeImplementFromHands } from './implement';
import { sampleKeys } from './interpolate';
import { computeLandmarks } from './landmarks';
import { RATE_STEP, fillMuscles } from './muscleStates';
import { measureLimbJoint } from './poseToLocalRotations';
import type { MeasuredJoint } from './poseToLocalRotations';
import { createMotionSample } from './sampleTypes';
import type { MotionSample } from './sampleTypes';
import { solveFrame } from './solveFrame';

const baked = new Map<string, BakedMotion>();
const SHARES = DISC_IDS.map((id) => segmentShares(id));
const m: MeasuredJoint = { flexion: 0, abduction: 0, rotation: 0 };
const massCentre = new Vector3();
const frame: FrameState = createFrameState();
const ahead: FrameState = createFrameState();

/** The baked motion of an exercise (baked on first use). Throws for an unknown id. */
export function bakedMotion(id: string): BakedMotion {
  let b = baked.get(id);
  if (!b) {
    const motion = motionById(id);
    if (!motion) throw new Error(`No motion for exercise "${id}"`);
    b = bakeMotion(motion);
    baked.set(id, b);
  }
  return b;
}

/**
 * Solves the frame at clock.time + dt into a frame state; returns the segment index. The time travels inside an
 * object and the offset separately, so the frame loop boxes no number for a call (see frameMath.ts).
 */
export function solveAt(b: BakedMotion, clock: { readonly time: number }, dt: number, state: FrameState): number {
  const { key } = sampleKeys(b.keys, b.slopes, clock, state.channels, dt);
  const side = b.sides[key];
  const plan = b.plans[side];
  solveFrame(state, plan, plan.activeBySegment[key], b.free[key], b.implement);
  if (b.implement) placeImplementFromHands(state, b.implement, plan.implementHands);
  return key;
}

const LIMB_JOINTS = (['left', 'right'] as const).map((side) => ({
  side,
  thigh: jointIndex(`thigh_${side}`),
  shin: jointIndex(`shin_${side}`),
  foot: jointIndex(`foot_${side}`),
  upperArm: jointIndex(`upperArm_${side}`),
  forearm: jointIndex(`forearm_${side}`),
}));

function readLimbs(state: FrameState, out: MotionSample): void {
  const r = state.rotations;
  for (let i = 0; i < LIMB_JOINTS.length; i++) {
    const { side, thigh, shin, foot, upperArm, forearm } = LIMB_JOINTS[i];
    const limb = out.pose[side];
    measureLimbJoint(r[thigh], 'hip', side, m);
    limb.hipFlexion = m.flexion;
    limb.hipAbduction = m.abduction;
    limb.hipRotation = m.rotation;
    limb.kneeFlexion = measureLimbJoint(r[shin], 'knee', side, m).flexion;
    limb.ankleDorsiflexion = measureLimbJoint(r[foot], 'ankle', side, m).flexion;
    measureLimbJoint(r[upperArm], 'shoulder', side, m);
    limb.shoulderFlexion = m.flexion;
    limb.shoulderAbduction = m.abduction;
    limb.shoulderRotation = m.rotation;
    limb.elbowFlexion = measureLimbJoint(r[forearm], 'elbow', side, m).flexion;
  }
}

/** Copies a solved frame into a sample; `out.time` holds the time asked for and becomes the time within the loop. */
export function fillSample(b: BakedMotion, state: FrameState, key: number, out: MotionSample): MotionSample {
  const c = state.channels;
  out.exerciseId = b.motion.id;
  out.period = b.keys.period;
  // Wrapped into the loop in line: a number passed to a call the compiler does not inline is boxed (see frameMath.ts).
  const wrapped = out.time % b.keys.period;
  out.time = wrapped < 0 ? wrapped + b.keys.period : wrapped;
  out.phase = b.phases[key];
  out.side = b.sides[key];
  unpackPose(c, out.pose);
  readLimbs(state, out);
  out.pose.root.x = state.rootPosition.x;
  out.pose.root.y = state.rootPosition.y;
  out.pose.root.z = state.rootPosition.z;
  for (let i = 0; i < DISC_IDS.length; i++) {
    const seg = out.lumbarSegments[DISC_IDS[i]];
    seg.flexion = c[CH['lumbar.flexion']] * SHARES[i].flexion;
    seg.lateralBend = c[CH['lumbar.lateralBend']] * SHARES[i].lateralBend;
    seg.rotation = c[CH['lumbar.rotation']] * SHARES[i].rotation;
  }
  for (let j = 0; j < state.rotations.length; j++) {
    out.localRotations[j].copy(state.rotations[j]);
    out.joints[j].setFromMatrixPosition(state.matrices[j]);
  }
  out.rootPosition.copy(state.rootPosition);
  computeLandmarks(state.matrices, out.landmarks);
  const held = b.implement;
  if (held) {
    out.implement ??= {
      position: new Vector3(),
      rotation: state.implementRotation.clone(),
      massCentre: new Vector3(),
      gripLeft: new Vector3(),
      gripRight: new Vector3(),
    };
    out.implement.position.copy(state.implementPosition);
    out.implement.rotation.copy(state.implementRotation);
    out.implement.massCentre.copy(implementMassCentre(state, held, massCentre));
    out.implement.gripLeft.copy(state.gripLeft);
    out.implement.gripRight.copy(state.gripRight);
  } else {
    out.implement = null;
  }
  return out;
}

/** Samples an exercise at time t (seconds, any value: the loop wraps). For tests and tools; see below for frames. */
export function sampleExercise(id: string, t: number, out: MotionSample = createMotionSample()): MotionSample {
  out.time = t;
  return sampleExerciseAtTime(id, out);
}

/**
 * Samples an exercise at `out.time` (seconds, any value: the loop wraps), the form the frame loop uses. The time
 * travels inside the sample rather than as an argument: a number handed to a call the compiler does not inline is
 * boxed, and a frame must allocate nothing. On return `out.time` is the time within the loop.
 */
export function sampleExerciseAtTime(id: string, out: MotionSample): MotionSample {
  const b = bakedMotion(id);
  solveAt(b, out, RATE_STEP, ahead);
  const key = solveAt(b, out, 0, frame);
  fillSample(b, frame, key, out);
  fillMuscles(frame.matrices, ahead.matrices, out.muscles);
  return out;
}
