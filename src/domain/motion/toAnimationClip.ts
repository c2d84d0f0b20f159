/**
 * The one place a motion becomes a THREE.AnimationClip: the exercise is sampled with its contacts solved at a fixed
 * rate, and each joint's local rotation (plus the pelvis position) becomes a keyframe track named after the joint,
 * so the same clip plays on every model built on the shared skeleton.
 */
import { AnimationClip, QuaternionKeyframeTrack, VectorKeyframeTrack } from 'three';
import { JOINT_NAMES } from '../skeleton/joints';
import { createMotionSample } from './sampleTypes';
import { sampleExercise } from './sampleExercise';
import { exerciseTimeline } from './timeline';

/** Samples per second of clip. Dense enough that the slerp between samples stays within the solved contacts. */
export const CLIP_SAMPLE_RATE = 60;

/** Bakes an exercise into an AnimationClip that loops over its whole timeline. */
export function toAnimationClip(id: string, sampleRate = CLIP_SAMPLE_RATE): AnimationClip {
  const { period } = exerciseTimeline(id);
  const frames = Math.max(2, Math.round(period * sampleRate) + 1);
  const times = new Float32Array(frames);
  const rotations = JOINT_NAMES.map(() => new Float32Array(frames * 4));
  const root = new Float32Array(frames * 3);
  const sample = createMotionSample();
  for (let f = 0; f < frames; f++) {
    const t = (f / (frames - 1)) * period;
    times[f] = t;
    // The last key repeats the first pose, so the loop closes without a jump.
    sampleExercise(id, f === frames - 1 ? 0 : t, sample);
    for (let j = 0; j < JOINT_NAMES.length; j++) sample.localRotations[j].toArray(rotations[j], f * 4);
    sample.rootPosition.toArray(root, f * 3);
  }
  const tracks = [
    ...JOINT_NAMES.map((name, j) => new QuaternionKeyframeTrack(`${name}.quaternion`, times, rotations[j])),
    new VectorKeyframeTrack('pelvis.position', times, root),
  ];
  return new AnimationClip(id, period, tracks);
}
