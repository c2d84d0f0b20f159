import { REST_POSITIONS } from '../../domain/skeleton/restPose';
import type { Rig } from './rigRegistry';

/** Puts a rig back in its bind pose: no rotations, the pelvis where the skeleton stands it. */
export function applyRestPose(rig: Rig) {
  for (const joint of rig.joints) joint?.quaternion.identity();
  rig.joints[0]?.position.fromArray(REST_POSITIONS.pelvis);
}
