import type { Quaternion, Vector3 } from 'three';
import { REST_POSITIONS } from '../../domain/skeleton/restPose';
import type { RigJoints } from './rigRegistry';

/** Puts a sampled pose on a rig: every joint's local rotation, and the pelvis at the root position. */
export function applyPose(rig: RigJoints, localRotations: readonly Quaternion[], rootPosition: Vector3) {
  for (let i = 0; i < rig.length; i++) {
    const joint = rig[i];
    if (joint) joint.quaternion.copy(localRotations[i]);
  }
  rig[0]?.position.copy(rootPosition);
}

/** Puts a rig back in its bind pose: no rotations, the pelvis where the skeleton stands it. */
export function applyRestPose(rig: RigJoints) {
  for (const joint of rig) joint?.quaternion.identity();
  rig[0]?.position.fromArray(REST_POSITIONS.pelvis);
}
