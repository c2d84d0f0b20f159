import type { MotionSample } from '../../domain/motion';
import { activeRigs, rigsVersion, type Rig } from './rigRegistry';
import { applyRestPose } from './applyPose';

let boundId: string | null = null;
let boundVersion = -1;

/** With no exercise, puts every registered model back in its bind pose; runs again only when something changed. */
export function restWhenIdle(id: string | null) {
  if (id === boundId && rigsVersion() === boundVersion) return;
  boundId = id;
  boundVersion = rigsVersion();
  if (!id) activeRigs().forEach(applyRestPose);
}

/**
 * Poses every registered model from this frame's motion sample: the joints' local rotations and the pelvis
 * position. The sample is the exact pose the clip (toAnimationClip) records at 60 Hz; copying it straight in
 * costs less than a mixer and allocates nothing.
 */
export function poseRigs(sample: MotionSample) {
  const rigs = activeRigs();
  for (let i = 0; i < rigs.length; i++) poseRig(rigs[i], sample);
}

export function poseRig(rig: Rig, sample: MotionSample) {
  const joints = rig.joints;
  for (let j = 0; j < joints.length; j++) joints[j]?.quaternion.copy(sample.localRotations[j]);
  joints[0]?.position.copy(sample.rootPosition);
}
