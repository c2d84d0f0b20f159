/**
 * The posed state every skinning check uses: hip flexion 100°, knee flexion 110°, elbow flexion 90° on both
 * sides, and 40° of lumbar flexion spread evenly over L5…L1 (8° each). Rotations are local to each joint; every
 * joint frame is parallel to the world axes in the bind pose (+X the figure's left, +Y up, +Z anterior).
 */
import { Quaternion, Vector3 } from 'three';
import { LUMBAR_JOINTS } from '../../../src/domain/skeleton/joints';
import type { JointName } from '../../../src/domain/skeleton/joints';
import { REST_POSITIONS } from '../../../src/domain/skeleton/restPose';

const RAD = Math.PI / 180;
const X = new Vector3(1, 0, 0);

/** Angles of the check pose, degrees. */
export const CHECK_POSE_DEG = { hipFlexion: 100, kneeFlexion: 110, elbowFlexion: 90, lumbarFlexion: 40 } as const;

/** Local joint rotations of the check pose. */
export function checkPoseRotations(): Partial<Record<JointName, Quaternion>> {
  const out: Partial<Record<JointName, Quaternion>> = {};
  const d = CHECK_POSE_DEG;
  for (const side of ['left', 'right'] as const) {
    // A limb hanging down (-Y) swings forward (+Z) under a negative turn about +X; the shin swings back.
    out[`thigh_${side}`] = new Quaternion().setFromAxisAngle(X, -d.hipFlexion * RAD);
    out[`shin_${side}`] = new Quaternion().setFromAxisAngle(X, d.kneeFlexion * RAD);
    // The elbow hinge lies across the A-posed upper arm in the frontal plane: axis = Z × (shoulder → elbow).
    const s = REST_POSITIONS[`upperArm_${side}`];
    const e = REST_POSITIONS[`forearm_${side}`];
    const down = new Vector3(e[0] - s[0], e[1] - s[1], e[2] - s[2]).normalize();
    const axis = new Vector3(0, 0, 1).cross(down).normalize();
    out[`forearm_${side}`] = new Quaternion().setFromAxisAngle(axis, -d.elbowFlexion * RAD);
  }
  // The trunk points up (+Y), so a positive turn about +X brings it forward.
  for (const j of LUMBAR_JOINTS)
    out[j] = new Quaternion().setFromAxisAngle(X, (d.lumbarFlexion / LUMBAR_JOINTS.length) * RAD);
  return out;
}
