/**
 * Solves one frame: local rotations from the channels, the pelvis from the anchor, limb ends onto their contacts
 * and implement grips by two-bone IK, then flat feet and palms. Allocation-free: all scratch lives at module scope.
 */
import { Matrix4, Quaternion, Vector3 } from 'three';
import { worldMatrices } from '../skeleton/forwardKinematics';
import { jointIndex } from '../skeleton/joints';
import { CH } from './channels';
import type { FrameState } from './frameState';
import { normalizeInPlace, setFromUnitVectorsOf } from './frameMath';
import { placeImplementBeforeIk } from './implement';
import type { HeldImplement } from './heldImplement';
import type { ContactPlan, SidePlan } from './plan';
import { channelsToLocalRotations } from './poseToLocalRotations';
import { reachTwoBone } from './twoBoneIk';

const ORIGIN = new Vector3();
const pa = new Vector3();
const pb = new Vector3();
const pc = new Vector3();
const hint = new Vector3();
const qa = new Quaternion();
const qb = new Quaternion();
const qParent = new Quaternion();
const mRel = new Matrix4();
const mRoot = new Matrix4();
const scale = new Vector3();
const dir = new Vector3();
const want = new Vector3();
const qAim = new Quaternion();
const UPPER_ARM = [jointIndex('upperArm_left'), jointIndex('upperArm_right')] as const;
const HANDS = [jointIndex('hand_left'), jointIndex('hand_right')] as const;
const FOREARMS = [jointIndex('forearm_left'), jointIndex('forearm_right')] as const;
const ARM_CHAINS = [
  [UPPER_ARM[0], FOREARMS[0], HANDS[0]],
  [UPPER_ARM[1], FOREARMS[1], HANDS[1]],
] as const;
const CH_ROOT_X = CH['root.x'];
/** Wrist-to-grip distance: 40% of the 0.108H hand (winter-2009; the 40% is an estimate). */
export const GRIP_OFFSET = 0.4 * 0.108 * 1.75;

function place(state: FrameState, plan: SidePlan): void {
  const { rotations, matrices, rootPosition } = state;
  const anchor = plan.anchor;
  if (anchor.kind === 'position') {
    worldMatrices(rotations, ORIGIN, matrices);
    pa.set(0, 0, 0);
    for (let i = 0; i < anchor.joints.length; i++) pa.add(pb.setFromMatrixPosition(matrices[anchor.joints[i]]));
    // The mean, divided in line: divideScalar hands multiplyScalar a fresh number, boxed if not inlined.
    const inverse = 1 / anchor.joints.length;
    pa.x *= inverse;
    pa.y *= inverse;
    pa.z *= inverse;
    rootPosition.subVectors(anchor.target, pa);
  } else if (anchor.kind === 'transform') {
    qa.copy(rotations[0]);
    rotations[0].identity();
    worldMatrices(rotations, ORIGIN, matrices);
    mRel.copy(matrices[anchor.joints[0]]).invert();
    mRoot.multiplyMatrices(anchor.targetMatrix, mRel);
    mRoot.decompose(rootPosition, rotations[0], scale);
  }
  worldMatrices(rotations, rootPosition, matrices);
}

function reach(state: FrameState, chain: readonly [number, number, number], target: Vector3): void {
  const { rotations, matrices } = state;
  const a = chain[0];
  const b = chain[1];
  const c = chain[2];
  pa.setFromMatrixPosition(matrices[a]);
  pb.setFromMatrixPosition(matrices[b]);
  pc.setFromMatrixPosition(matrices[c]);
  qa.setFromRotationMatrix(matrices[a]);
  qb.setFromRotationMatrix(matrices[b]);
  hint.setFromMatrixColumn(matrices[a], 0).negate();
  reachTwoBone(pa, pb, pc, target, qa, qb, rotations[a], rotations[b], hint);
}

function orient(state: FrameState, contact: ContactPlan): void {
  const { rotations, matrices } = state;
  const b = contact.chain[1];
  const c = contact.chain[2];
  if (contact.orientation) {
    qParent.setFromRotationMatrix(matrices[b]).invert();
    rotations[c].multiplyQuaternions(qParent, contact.orientation);
  }
  if (contact.toes >= 0 && contact.toesOrientation && contact.orientation) {
    rotations[contact.toes].copy(contact.orientation).invert().multiply(contact.toesOrientation);
  }
}

/** Turns each holding hand so it points from the wrist to its grip point. */
function aimHands(state: FrameState, hands: SidePlan['implementHands']): void {
  const { rotations, matrices } = state;
  for (let i = 0; i < 2; i++) {
    if ((i === 0 && hands === 'right') || (i === 1 && hands === 'left')) continue;
    const grip = i === 0 ? state.gripLeft : state.gripRight;
    const hand = matrices[HANDS[i]];
    pa.setFromMatrixPosition(hand);
    normalizeInPlace(want.subVectors(grip, pa));
    // The hand's bind direction (down and 17° out) carried by its current world rotation.
    qa.setFromRotationMatrix(hand);
    dir.set(i === 0 ? 0.2924 : -0.2924, -0.9563, 0).applyQuaternion(qa);
    setFromUnitVectorsOf(qAim, dir, want).multiply(qa);
    qParent.setFromRotationMatrix(matrices[FOREARMS[i]]).invert();
    rotations[HANDS[i]].multiplyQuaternions(qParent, qAim);
  }
}

/** Wrist target for a grip point: back from the grip toward the shoulder by the grip offset. */
function wristTarget(state: FrameState, side: 0 | 1, out: Vector3): Vector3 {
  const grip = side === 0 ? state.gripLeft : state.gripRight;
  pa.setFromMatrixPosition(state.matrices[UPPER_ARM[side]]);
  return normalizeInPlace(out.subVectors(pa, grip)).multiplyScalar(GRIP_OFFSET).add(grip);
}

const wrist = new Vector3();

/** Solves the frame whose channels are already in `state.channels`. */
export function solveFrame(
  state: FrameState,
  plan: SidePlan,
  active: readonly boolean[],
  free: boolean,
  implement: HeldImplement | null,
): void {
  const c = state.channels;
  channelsToLocalRotations(c, state.rotations);
  // Field by field: numbers handed to set() are boxed when it is not inlined (see frameMath.ts).
  state.rootPosition.x = c[CH_ROOT_X];
  state.rootPosition.y = c[CH_ROOT_X + 1];
  state.rootPosition.z = c[CH_ROOT_X + 2];
  if (!free) place(state, plan);
  else worldMatrices(state.rotations, state.rootPosition, state.matrices);
  const hands = plan.implementHands;
  state.handsOnImplement = implement !== null && placeImplementBeforeIk(state, implement);
  let solved = false;
  if (!free) {
    for (let i = 0; i < plan.contacts.length; i++) {
      if (!active[i]) continue;
      reach(state, plan.contacts[i].chain, plan.contacts[i].target);
      solved = true;
    }
  }
  if (state.handsOnImplement && implement) {
    if (hands !== 'right') reach(state, ARM_CHAINS[0], wristTarget(state, 0, wrist));
    if (hands !== 'left') reach(state, ARM_CHAINS[1], wristTarget(state, 1, wrist));
    solved = true;
  }
  if (!solved) return;
  worldMatrices(state.rotations, state.rootPosition, state.matrices);
  if (!free) for (let i = 0; i < plan.contacts.length; i++) if (active[i]) orient(state, plan.contacts[i]);
  if (state.handsOnImplement) aimHands(state, hands);
  worldMatrices(state.rotations, state.rootPosition, state.matrices);
}
