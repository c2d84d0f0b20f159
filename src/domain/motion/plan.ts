/** The solver's baked view of a motion: joint indices, targets and orientations per side, ready for the frame loop. */
import type { Quaternion } from 'three';
import { Matrix4, Vector3 } from 'three';
import { jointIndex } from '../skeleton/joints';
import type { JointName } from '../skeleton/joints';
import type { Effector } from './motionTypes';

/** One contact of one side, resolved. */
export interface ContactPlan {
  effector: Effector;
  /** Upper, middle and end joint indices of the limb chain. */
  chain: readonly [number, number, number];
  /** Index of the toes joint when the toes are held flat. */
  toes: number;
  target: Vector3;
  orientation: Quaternion | null;
  toesOrientation: Quaternion | null;
  touches: readonly string[];
}

/** The anchor of one side, resolved. */
export interface AnchorPlan {
  kind: 'root' | 'position' | 'transform';
  joints: number[];
  target: Vector3;
  targetMatrix: Matrix4;
}

export interface SidePlan {
  anchor: AnchorPlan;
  /** Which hands hold the implement on this side (mirrored on the second side). */
  implementHands: 'both' | 'left' | 'right';
  contacts: ContactPlan[];
  /** For each timeline segment, whether each contact holds in it (only this side's segments can be true). */
  activeBySegment: boolean[][];
}

const CHAINS: Record<Effector, readonly [JointName, JointName, JointName]> = {
  foot_left: ['thigh_left', 'shin_left', 'foot_left'],
  foot_right: ['thigh_right', 'shin_right', 'foot_right'],
  hand_left: ['upperArm_left', 'forearm_left', 'hand_left'],
  hand_right: ['upperArm_right', 'forearm_right', 'hand_right'],
};

/** Joint indices of an effector's limb chain. */
export function chainOf(effector: Effector): readonly [number, number, number] {
  const [a, b, c] = CHAINS[effector];
  return [jointIndex(a), jointIndex(b), jointIndex(c)];
}

/** The toes joint of a foot effector, or −1. */
export function toesOf(effector: Effector): number {
  if (effector === 'foot_left') return jointIndex('toes_left');
  if (effector === 'foot_right') return jointIndex('toes_right');
  return -1;
}

const f0 = new Vector3();
const n0 = new Vector3();
const m0 = new Matrix4();
const m1 = new Matrix4();
const tmp = new Vector3();

/**
 * World orientation of a flat end segment: a foot flat on the floor turned out by `turnOutDeg`, or a palm flat on
 * the floor with the fingers forward. The bind hand hangs 17° out with the palm toward the thigh.
 */
export function flatOrientation(effector: Effector, turnOutDeg: number, out: Quaternion): Quaternion {
  const s = effector.endsWith('left') ? 1 : -1;
  if (effector.startsWith('foot')) {
    return out.setFromAxisAngle(tmp.set(0, 1, 0), (s * turnOutDeg * Math.PI) / 180);
  }
  const a = (17 * Math.PI) / 180;
  f0.set(s * Math.sin(a), -Math.cos(a), 0);
  n0.set(-s * Math.cos(a), -Math.sin(a), 0);
  m0.makeBasis(f0, n0, tmp.crossVectors(f0, n0));
  m1.makeBasis(f0.set(0, 0, 1), n0.set(0, -1, 0), tmp.crossVectors(f0, n0));
  m1.multiply(m0.transpose());
  return out.setFromRotationMatrix(m1);
}
