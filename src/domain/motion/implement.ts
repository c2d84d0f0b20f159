/** Places the held implement each frame: from the body (bar line, joint mount, path) before IK, or from the hands after. */
import { Matrix4, Quaternion, Vector3 } from 'three';
import { jointIndex } from '../skeleton/joints';
import { REST_LANDMARKS, REST_POSITIONS } from '../skeleton/restPose';
import { CH } from './channels';
import type { FrameState } from './frameState';
import { normalizeInPlace } from './frameMath';
import { GRIP_HALF_WIDTH, JOINT_OFFSET, LINE_Z, MASS_OFFSET } from './heldImplement';
import type { HeldImplement } from './heldImplement';

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
const CH_IMPLEMENT_X = CH['implement.x'];

/** Grip heights on the vertical line for the left and right hands, written by gripHeightOnLine. */
const gripHeights = new Float64Array(2);

/**
 * Height at which one hand's grip, half a grip width out to its side, meets the vertical line. Writes into
 * gripHeights[side]: in the frame loop numbers stay in fields and typed arrays rather than travel through calls
 * (see frameMath.ts).
 */
function gripHeightOnLine(state: FrameState, side: 0 | 1, held: HeldImplement): void {
  const numbers = held.numbers;
  const x = side === 0 ? numbers[GRIP_HALF_WIDTH] : -numbers[GRIP_HALF_WIDTH];
  shoulder.setFromMatrixPosition(state.matrices[SHOULDERS[side]]);
  wrist.setFromMatrixPosition(state.matrices[HANDS[side]]);
  const sx = shoulder.x - wrist.x;
  const sy = shoulder.y - wrist.y;
  const sz = shoulder.z - wrist.z;
  const reach = Math.sqrt(sx * sx + sy * sy + sz * sz) + WRISTS_TO_GRIP;
  const dx = x - shoulder.x;
  const dz = numbers[LINE_Z] - shoulder.z;
  gripHeights[side] = shoulder.y - Math.sqrt(Math.max(0, reach * reach - dx * dx - dz * dz));
}

/** Sets the implement and its grips from the body when it leads the hands; returns whether it does. */
export function placeImplementBeforeIk(state: FrameState, held: HeldImplement): boolean {
  const mount = held.mount;
  if (mount === 'hands') return false;
  const numbers = held.numbers;
  const position = state.implementPosition;
  if (mount === 'verticalLine') {
    gripHeightOnLine(state, 0, held);
    gripHeightOnLine(state, 1, held);
    position.x = 0;
    position.y = Math.max(gripHeights[0], gripHeights[1]);
    position.z = numbers[LINE_Z];
    state.implementRotation.identity();
  } else if (mount === 'joint') {
    const m = state.matrices[held.joint];
    state.implementRotation.setFromRotationMatrix(m);
    position.x = numbers[JOINT_OFFSET];
    position.y = numbers[JOINT_OFFSET + 1];
    position.z = numbers[JOINT_OFFSET + 2];
    position.applyQuaternion(state.implementRotation).add(offset.setFromMatrixPosition(m));
  } else {
    const c = state.channels;
    position.x = c[CH_IMPLEMENT_X];
    position.y = c[CH_IMPLEMENT_X + 1];
    position.z = c[CH_IMPLEMENT_X + 2];
    state.implementRotation.identity();
  }
  // The grip axis: the implement's x scaled to half the grip width, as multiplyScalar would.
  axisX.set(1, 0, 0).applyQuaternion(state.implementRotation);
  axisX.x *= numbers[GRIP_HALF_WIDTH];
  axisX.y *= numbers[GRIP_HALF_WIDTH];
  axisX.z *= numbers[GRIP_HALF_WIDTH];
  state.gripLeft.copy(state.implementPosition).add(axisX);
  state.gripRight.copy(state.implementPosition).sub(axisX);
  return true;
}

/** Grip point of one hand from its final world matrix. */
export function gripPoint(state: FrameState, side: 0 | 1, out: Vector3): Vector3 {
  q.setFromRotationMatrix(state.matrices[HANDS[side]]);
  out.x = GRIP_OFFSET_FROM_WRIST[0] * (side === 0 ? 1 : -1);
  out.y = GRIP_OFFSET_FROM_WRIST[1];
  out.z = GRIP_OFFSET_FROM_WRIST[2];
  return out.applyQuaternion(q).add(wrist.setFromMatrixPosition(state.matrices[HANDS[side]]));
}

/** Sets a hand-carried implement from the final hands: centred between the grips, hanging along the arms. */
export function placeImplementFromHands(state: FrameState, held: HeldImplement, hands: HeldImplement['hands']): void {
  if (held.mount !== 'hands') return;
  if (hands !== 'right') gripPoint(state, 0, state.gripLeft);
  if (hands !== 'left') gripPoint(state, 1, state.gripRight);
  if (hands === 'left') state.gripRight.copy(state.gripLeft);
  if (hands === 'right') state.gripLeft.copy(state.gripRight);
  state.implementPosition.addVectors(state.gripLeft, state.gripRight).multiplyScalar(0.5);
  // Frame: x across the grips, or for one hand through the fist (the hand's own z: with the palm toward the thigh
  // a dumbbell's handle runs front to back); y from the grip toward the shoulders.
  shoulder.setFromMatrixPosition(state.matrices[SHOULDERS[hands === 'right' ? 1 : 0]]);
  if (hands === 'both') {
    wrist.setFromMatrixPosition(state.matrices[SHOULDERS[1]]);
    shoulder.add(wrist).multiplyScalar(0.5);
    axisX.subVectors(state.gripLeft, state.gripRight);
  } else {
    axisX.setFromMatrixColumn(state.matrices[HANDS[hands === 'left' ? 0 : 1]], 2);
  }
  axisY.subVectors(shoulder, state.implementPosition);
  axisZ.crossVectors(axisX, axisY);
  if (axisZ.x * axisZ.x + axisZ.y * axisZ.y + axisZ.z * axisZ.z < 1e-12) {
    state.implementRotation.identity();
    return;
  }
  normalizeInPlace(axisX);
  normalizeInPlace(axisZ);
  axisY.crossVectors(axisZ, axisX);
  basis.makeBasis(axisX, axisY, axisZ);
  state.implementRotation.setFromRotationMatrix(basis);
}

/** World centre of mass of the implement. */
export function implementMassCentre(state: FrameState, held: HeldImplement, out: Vector3): Vector3 {
  const numbers = held.numbers;
  out.x = numbers[MASS_OFFSET];
  out.y = numbers[MASS_OFFSET + 1];
  out.z = numbers[MASS_OFFSET + 2];
  return out.applyQuaternion(state.implementRotation).add(state.implementPosition);
}
