/**
 * Bakes an exercise motion into what the frame loop needs: the looping key table (both sides when asked), the
 * monotone slopes, and a solver plan per side with every contact target resolved. Keys are solved once here and
 * the contact-solved limb angles written back, so a contact can let go at a key without a jump.
 */
import { Matrix4, Quaternion, Vector3 } from 'three';
import type { PhaseId } from '../content/types';
import { jointIndex } from '../skeleton/joints';
import type { JointName } from '../skeleton/joints';
import { CHANNEL_COUNT, CH, mirrorChannels, packPose } from './channels';
import { createFrameState } from './frameState';
import type { FrameState } from './frameState';
import { HeldImplement } from './heldImplement';
import { monotoneSlopes } from './interpolate';
import type { PeriodicKeys } from './interpolate';
import type { Contact, Effector, ExerciseMotion } from './motionTypes';
import { chainOf, flatOrientation, toesOf } from './plan';
import type { ContactPlan, SidePlan } from './plan';
import { mergePose, neutralPose } from './pose';
import { solveFrame } from './solveFrame';
import { writeBackLimbs } from './writeBack';

/** A motion ready for sampling. */
export interface BakedMotion {
  motion: ExerciseMotion;
  /** The motion's implement resolved for the frame loop, or null. */
  implement: HeldImplement | null;
  keys: PeriodicKeys;
  slopes: Float64Array;
  /** Per key (= per segment that starts at it): phase, side (0 or 1) and whether contacts are released. */
  phases: PhaseId[];
  sides: (0 | 1)[];
  free: boolean[];
  plans: [SidePlan, SidePlan];
}

const MIRROR_EFFECTOR: Record<Effector, Effector> = {
  foot_left: 'foot_right',
  foot_right: 'foot_left',
  hand_left: 'hand_right',
  hand_right: 'hand_left',
};

function sideKeys(motion: ExerciseMotion): { rows: Float64Array[]; implementKnown: boolean } {
  let pose = mergePose(neutralPose(), motion.base);
  let implement: readonly number[] = [0, 0, 0];
  const rows = motion.keys.map((key) => {
    pose = mergePose(pose, key.pose);
    if (key.implement) implement = key.implement;
    const row = new Float64Array(CHANNEL_COUNT);
    packPose(pose, row);
    row[CH['implement.x']] = implement[0];
    row[CH['implement.y']] = implement[1];
    row[CH['implement.z']] = implement[2];
    return row;
  });
  return { rows, implementKnown: motion.keys.some((k) => k.implement !== undefined) };
}

const pos = new Vector3();
const NONE: boolean[] = [];

function solveKey(state: FrameState, row: Float64Array, plan: SidePlan, active: readonly boolean[], b: BakedMotion) {
  state.channels.set(row);
  solveFrame(state, plan, active, false, b.implement);
}

function buildPlan(b: BakedMotion, side: 0 | 1, rows: Float64Array[], state: FrameState): SidePlan {
  const { motion } = b;
  const flip = (v: readonly number[]) => new Vector3(side === 1 ? -v[0] : v[0], v[1], v[2]);
  const name = (j: JointName) =>
    side === 1 ? (j.replace(/_left$|_right$/, (m) => (m === '_left' ? '_right' : '_left')) as JointName) : j;
  const anchor = motion.anchor;
  const hands = motion.implement?.hands ?? 'both';
  const plan: SidePlan = {
    anchor: { kind: anchor.kind, joints: [], target: new Vector3(), targetMatrix: new Matrix4() },
    implementHands: side === 1 && hands !== 'both' ? (hands === 'left' ? 'right' : 'left') : hands,
    contacts: [],
    activeBySegment: [],
  };
  const rootOnly: SidePlan = { ...plan, anchor: { ...plan.anchor, kind: 'root' } };
  if (anchor.kind === 'position') {
    plan.anchor.joints = anchor.joints.map((j) => jointIndex(name(j)));
    if (anchor.target) plan.anchor.target.copy(flip(anchor.target));
    else {
      solveKey(state, rows[anchor.referenceKey ?? 0], rootOnly, NONE, b);
      for (const j of plan.anchor.joints) plan.anchor.target.add(pos.setFromMatrixPosition(state.matrices[j]));
      plan.anchor.target.divideScalar(plan.anchor.joints.length);
    }
  } else if (anchor.kind === 'transform') {
    plan.anchor.joints = [jointIndex(name(anchor.joint))];
    solveKey(state, rows[anchor.referenceKey], rootOnly, NONE, b);
    plan.anchor.targetMatrix.copy(state.matrices[plan.anchor.joints[0]]);
  }
  plan.contacts = motion.contacts.map((c: Contact): ContactPlan => {
    const effector = side === 1 ? MIRROR_EFFECTOR[c.effector] : c.effector;
    const chain = chainOf(effector);
    const target = new Vector3();
    let keyRotation: Quaternion | null = null;
    if (c.target.kind === 'point') target.copy(flip(c.target.position));
    else {
      solveKey(state, rows[c.target.key], plan, NONE, b);
      target.setFromMatrixPosition(state.matrices[chain[2]]);
      keyRotation = new Quaternion().setFromRotationMatrix(state.matrices[chain[2]]);
    }
    const flat = c.holdOrientation === 'flat' ? flatOrientation(effector, c.turnOutDeg ?? 0, new Quaternion()) : null;
    const toesFlat = c.toesFlat ? flatOrientation(effector, c.turnOutDeg ?? 0, new Quaternion()) : null;
    return {
      effector,
      chain,
      toes: toesOf(effector),
      target,
      orientation: c.holdOrientation === 'key' ? keyRotation : flat,
      toesOrientation: toesFlat,
      touches: c.touches.map((t) =>
        side === 1 ? t.replace(/_left$|_right$/, (m) => (m === '_left' ? '_right' : '_left')) : t,
      ),
    };
  });
  plan.activeBySegment = b.phases.map((phase, k) =>
    motion.contacts.map(
      (c) => b.sides[k] === side && !b.free[k] && (c.phases === undefined || c.phases.includes(phase)),
    ),
  );
  return plan;
}

/** Bakes a motion. Throws when the data breaks the format's rules. */
export function bakeMotion(motion: ExerciseMotion): BakedMotion {
  const { rows: side0 } = sideKeys(motion);
  const n = side0.length;
  if (motion.keys.some((k) => k.free) && motion.anchor.kind === 'transform') {
    throw new Error(`${motion.id}: released contacts cannot use a transform anchor`);
  }
  const side1 = side0.map((row) => {
    const m = new Float64Array(CHANNEL_COUNT);
    mirrorChannels(row, m);
    return m;
  });
  const rows = motion.bothSides ? [...side0, ...side1] : side0;
  const times = new Float64Array(rows.length);
  motion.keys.forEach((k, i) => {
    times[i] = k.t;
    if (motion.bothSides) times[i + n] = k.t + motion.sideDuration;
  });
  const b: BakedMotion = {
    motion,
    implement: motion.implement ? new HeldImplement(motion.implement) : null,
    keys: {
      period: motion.sideDuration * (motion.bothSides ? 2 : 1),
      times,
      values: new Float64Array(0),
      width: CHANNEL_COUNT,
    },
    slopes: new Float64Array(0),
    phases: rows.map((_, i) => motion.keys[i % n].phase),
    sides: rows.map((_, i) => (i < n ? 0 : 1)),
    free: rows.map((_, i) => motion.keys[i % n].free === true),
    plans: [] as unknown as [SidePlan, SidePlan],
  };
  const state = createFrameState();
  b.plans = [buildPlan(b, 0, side0, state), buildPlan(b, 1, side1, state)];
  // Horizontal shift the anchor gave the last solved key: keys inside a released stretch move with it.
  const shift = { x: 0, z: 0 };
  rows.forEach((row, k) => {
    const plan = b.plans[b.sides[k]];
    const prev = (k + rows.length - 1) % rows.length;
    if (b.free[k] && b.free[prev] && b.sides[k] === b.sides[prev]) {
      row[CH['root.x']] += shift.x;
      row[CH['root.z']] += shift.z;
      return;
    }
    shift.x = -row[CH['root.x']];
    shift.z = -row[CH['root.z']];
    const active = plan.contacts.map((_, i) => plan.activeBySegment[k][i] || plan.activeBySegment[prev][i]);
    solveKey(state, row, plan, active, b);
    // The solved root goes back into the key, so segments that release contacts start and end where it stood.
    row[CH['root.x']] = state.rootPosition.x;
    row[CH['root.y']] = state.rootPosition.y;
    row[CH['root.z']] = state.rootPosition.z;
    shift.x += state.rootPosition.x;
    shift.z += state.rootPosition.z;
    writeBackLimbs(state, plan, active, row);
  });
  b.keys.values = new Float64Array(rows.length * CHANNEL_COUNT);
  rows.forEach((row, k) => b.keys.values.set(row, k * CHANNEL_COUNT));
  b.slopes = monotoneSlopes(b.keys);
  return b;
}
