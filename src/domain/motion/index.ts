export {
  POSE_VERSION,
  PoseVersionError,
  assertPoseVersion,
  bothSides,
  mergePose,
  neutralLimb,
  neutralPose,
} from './pose';
export type { LimbAngles, Pose, PoseSpec, RootPlacement, SpineAngles } from './pose';
export { CHANNEL_COUNT, CHANNEL_NAMES, CH, mirrorChannels, packPose, unpackPose } from './channels';
export type { ChannelName } from './channels';
export { JOINT_LIMITS, withinLimit } from './limits';
export type { JointLimit, LimitedAngle } from './limits';
export {
  BIND_ARM_ABDUCTION_DEG,
  LUMBAR_JOINT_DISCS,
  channelsToLocalRotations,
  createJointRotations,
  measureLimbJoint,
  poseToLocalRotations,
} from './poseToLocalRotations';
export type { MeasuredJoint } from './poseToLocalRotations';
export { solveTwoBone } from './twoBoneIk';
export type * from './motionTypes';
export { bakeMotion } from './bake';
export type { BakedMotion } from './bake';
export { EXERCISE_MOTIONS, motionById } from './exercises';
export { LANDMARK_NAMES, createMotionSample } from './sampleTypes';
export type { ImplementSample, LandmarkName, MotionSample, MuscleSample } from './sampleTypes';
export { bakedMotion, sampleExercise, sampleExerciseAtTime } from './sampleExercise';
