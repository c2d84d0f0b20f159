/** Places the held implement each frame: from the body (bar line, joint mount, path) before IK, or from the hands after. */
import { Matrix4, Quaternion, Vector3 } from 'three';
import { jointIndex } from '../skeleton/joints';
import { REST_LANDMARKS, REST_POSITIONS } from '../skeleton/restPose';
import { CH } from './channels';
import type { FrameState } from './frameState';
import type { ImplementSpec } from './motionTypes';

const GRIP_OFFSET_FROM_WRIST = [0, 1, 2].map((i) => REST_LANDMARKS.grip_left[i] - REST_POSITIONS.hand_left[i]);
const SHOULDERS = [jointIndex('upperArm_left'), jointIndex('upperArm_right')] as const;
const HANDS = [jointIndex('hand_left'), jointIndex('hand_right')] as const;
const WRISTS_TO_GRIP = GRIP_OFFSET_FROM_WRIST.reduce((s, v) => s + v * v, 0) ** 0.5;
const shoulder = new Vector3();
const wrist = new Vector3();
const axisX = new Vector3();
const axisY = new Vector3();
const axisZ = new Vector3();
const basis = new Matrix4();
const offset = new Vector3();
const q = new Quaternion();

function gripHeightOnLine(state: FrameState, side: 0 | 1, x: number, z: number): number {
  shoulder.setFromMatrixPosition(state.matrices[SHOULDERS[side]]);
  wrist.setFromMatrixPosition(state.matrices[HANDS[side]]);
  const reach = shoulder.distanceTo(wrist) + WRISTS_TO_GRIP;
  const dx = x - shoulder.x;
  const dz = z - shoulder.z;
  return shoulder.y - Math.sqrt(Math.max(0, reach * reach - dx * dx - dz * dz));
}

/** Sets the implement and its grips from the body when it leads the hands; returns whether it does. */
export function placeImplementBeforeIk(state: FrameState, spec: ImplementSpec): boolean {
  const mount = spec.mount;
  const half = spec.gripHalfWidth;
  if (mount.kind === 'hands') return false;
  if (mount.kind === 'verticalLine') {
    const y = Math.max(gripHeightOnLine(state, 0, half, mount.z), gripHeightOnLine(state, 1, -half, mount.z));
    state.implementPosition.set(0, y, mount.z);
    state.implementRotation.identity();
  } else if (mount.kind === 'joint') {
    const m = state.matrices[jointIndex(mount.joint)];
    state.implementRotation.setFromRotationMatrix(m);
    state.implementPosition.set(mount.offset[0], mount.offset[1], mount.offset[2]);
    state.implementPosition.applyQuaternion(state.implementRotation);
    state.implementPosition.add(offset.setFromMatrixPosition(m));
  } else {
    const c = state.channels;
    state.implementPosition.set(c[CH['implement.x']], c[CH['implement.y']], c[CH['implement.z']]);
    state.implementRotation.identity();
  }
  axisX.set(1, 0, 0).applyQuaternion(state.implementRotation).multiplyScalar(half);
  state.gripLeft.copy(state.implementPosition).add(axisX);
  state.gripRight.copy(state.implementPosition).sub(axisX);
  return true;
}

/** Grip point of one hand from its final world matrix. */
export function gripPoint(state: FrameState, side: 0 | 1, out: Vector3): Vector3 {
  q.setFromRotationMatrix(state.matrices[HANDS[side]]);
  out.set(GRIP_OFFSET_FROM_WRIST[0] * (side === 0 ? 1 : -1), GRIP_OFFSET_FROM_WRIST[1], GRIP_OFFSET_FROM_WRIST[2]);
  return out.applyQuaternion(q).add(wrist.setFromMatrixPosition(state.matrices[HANDS[side]]));
}

/** Sets a hand-carried implement from the final hands: centred between the grips, hanging along the arms. */
export function placeImplementFromHands(state: FrameState, spec: ImplementSpec, hands: ImplementSpec['hands']): void {
  if (spec.mount.kind !== 'hands') return;
  if (hands !== 'right') gripPoint(state, 0, state.gripLeft);
  if (hands !== 'left') gripPoint(state, 1, state.gripRight);
  if (hands === 'left') state.gripRight.copy(state.gripLeft);
  if (hands === 'right') state.gripLeft.copy(state.gripRight);
  state.implementPosition.addVectors(state.gripLeft, state.gripRight).multiplyScalar(0.5);
  // Frame: x across the grips (or the hand's own x for one hand), y from the grip toward the shoulders.
  shoulder.setFromMatrixPosition(state.matrices[SHOULDERS[hands === 'right' ? 1 : 0]]);
  if (hands === 'both') {
    wrist.setFromMatrixPosition(state.matrices[SHOULDERS[1]]);
    shoulder.add(wrist).multiplyScalar(0.5);
    axisX.subVectors(state.gripLeft, state.gripRight);
  } else {
    axisX.setFromMatrixColumn(state.matrices[HANDS[hands === 'left' ? 0 : 1]], 0);
  }
  axisY.subVectors(shoulder, state.implementPosition);
  axisZ.crossVectors(axisX, axisY);
  if (axisZ.lengthSq() < 1e-12) {
    state.implementRotation.identity();
    return;
  }
  axisX.normalize();
  axisZ.normalize();
  axisY.crossVectors(axisZ, axisX);
  basis.makeBasis(axisX, axisY, axisZ);
  state.implementRotation.setFromRotationMatrix(basis);
}

/** World centre of mass of the implement. */
export function implementMassCentre(state: FrameState, spec: ImplementSpec, out: Vector3): Vector3 {
  return out
    .set(...spec.massOffset)
    .applyQuaternion(state.implementRotation)
    .add(state.implementPosition);
}
