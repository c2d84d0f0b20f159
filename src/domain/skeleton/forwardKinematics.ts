/**
 * Forward kinematics over the one skeleton. Every joint's frame is parallel to the world axes in the bind pose,
 * so a joint's local transform is "translate by its rest offset, then rotate by its local rotation".
 */
import { Matrix4, Quaternion, Vector3 } from 'three';
import { JOINT_NAMES, JOINT_PARENTS, jointIndex } from './joints';
import type { JointName } from './joints';
import { REST_POSITIONS } from './restPose';
import type { Vec3Tuple } from './restPose';

/** Each joint's offset from its parent in the bind pose (the pelvis: its world position), metres. */
export function restOffsets(): Record<JointName, Vec3Tuple> {
  const out = {} as Record<JointName, Vec3Tuple>;
  for (const name of JOINT_NAMES) {
    const parent = JOINT_PARENTS[name];
    const p = REST_POSITIONS[name];
    if (parent === null) {
      out[name] = p;
    } else {
      const q = REST_POSITIONS[parent];
      out[name] = [p[0] - q[0], p[1] - q[1], p[2] - q[2]];
    }
  }
  return out;
}

const OFFSETS = restOffsets();
// Parent index per joint, in JOINT_NAMES order; JOINT_NAMES lists every parent before its children.
const PARENT_INDEX = JOINT_NAMES.map((name) => {
  const parent = JOINT_PARENTS[name];
  return parent === null ? -1 : jointIndex(parent);
});
const OFFSET_VECTORS = JOINT_NAMES.map((name) => new Vector3(...OFFSETS[name]));
const IDENTITY = new Quaternion();
const ONE = new Vector3(1, 1, 1);
const local = new Matrix4();
const translation = new Vector3();

/** A fresh array of identity matrices, one per joint, for `worldMatrices` to fill. */
export function createJointMatrices(): Matrix4[] {
  return JOINT_NAMES.map(() => new Matrix4());
}

/**
 * World matrix of every joint (JOINT_NAMES order) from local rotations (same order; missing = identity) and the
 * pelvis position. Writes into `out` when given, so it allocates nothing in the frame loop.
 */
export function worldMatrices(
  localRotations: readonly (Quaternion | undefined)[],
  rootPosition: Vector3,
  out: Matrix4[] = createJointMatrices(),
): Matrix4[] {
  for (let i = 0; i < JOINT_NAMES.length; i++) {
    const rotation = localRotations[i] ?? IDENTITY;
    const parent = PARENT_INDEX[i];
    translation.copy(parent < 0 ? rootPosition : OFFSET_VECTORS[i]);
    local.compose(translation, rotation, ONE);
    if (parent < 0) out[i].copy(local);
    else out[i].multiplyMatrices(out[parent], local);
  }
  return out;
}

/** World position of one joint from matrices produced by `worldMatrices`. */
export function jointWorldPosition(matrices: readonly Matrix4[], name: JointName, target: Vector3): Vector3 {
  return target.setFromMatrixPosition(matrices[jointIndex(name)]);
}
