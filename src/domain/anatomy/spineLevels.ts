import { REST_POSITIONS } from '../skeleton/restPose';
import type { JointName } from '../skeleton/joints';

// Joints of the axial chain from the bottom up; each carries the bone between its own height and the next one's.
const AXIAL: readonly JointName[] = ['pelvis', 'L5', 'L4', 'L3', 'L2', 'L1', 'T12', 'T7', 'neck'];

/**
 * The axial joint whose bone spans a bind-pose height: below the L5/S1 disc the pelvis, between the L5/S1 and
 * L4/L5 discs L5, and so on up to the neck above C7/T1.
 */
export function spineJointAt(y: number): JointName {
  let found: JointName = 'pelvis';
  for (let i = 1; i < AXIAL.length; i++) {
    if (y >= REST_POSITIONS[AXIAL[i]][1]) found = AXIAL[i];
  }
  return found;
}
