export { JOINT_NAMES, JOINT_PARENTS, LUMBAR_JOINTS, jointIndex } from './joints';
export type { JointName } from './joints';
export {
  CHRISTOPHY_SHIFT,
  HEIGHT_FRACTIONS,
  LANDMARK_JOINTS,
  REST_LANDMARKS,
  REST_POSITIONS,
  SKELETON_SOURCES,
  SPINE_BIND,
  STATURE,
  christophyToWorld,
} from './restPose';
export type { Vec3Tuple } from './restPose';
export { DISC_BELOW, ENDPLATE_DISH, SPINE_DISCS, VERTEBRAL_BODIES, stackSpine } from './spineBind';
export type { Placement, SpineBind, SpineLevel } from './spineBind';
export { createJointMatrices, jointWorldPosition, restOffsets, worldMatrices } from './forwardKinematics';
