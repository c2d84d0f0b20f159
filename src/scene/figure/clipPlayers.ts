import { AnimationMixer, type AnimationClip } from 'three';
import { toAnimationClip } from '../../domain/motion/toAnimationClip';
import { activeRigs, rigsVersion, type Rig } from './rigRegistry';
import { applyRestPose } from './applyPose';

/** Clips are baked once per exercise and kept: switching back is instant. */
const clips = new Map<string, AnimationClip>();

function clipFor(id: string): AnimationClip {
  let clip = clips.get(id);
  if (!clip) {
    clip = toAnimationClip(id);
    clips.set(id, clip);
  }
  return clip;
}

const mixers = new Map<Rig, AnimationMixer>();
let boundId: string | null = null;
let boundVersion = -1;

/**
 * Binds the exercise's clip to every registered model, one mixer each, rebinding only when the exercise or the set
 * of models changes; with no exercise the models go back to their bind pose.
 */
export function bindClip(id: string | null) {
  if (id === boundId && rigsVersion() === boundVersion) return;
  for (const mixer of mixers.values()) mixer.stopAllAction();
  mixers.clear();
  boundId = id;
  boundVersion = rigsVersion();
  for (const rig of activeRigs()) {
    if (!id) {
      applyRestPose(rig);
      continue;
    }
    const mixer = new AnimationMixer(rig.root);
    mixer.clipAction(clipFor(id)).play();
    mixers.set(rig, mixer);
  }
}

/** Poses every bound model at clip time t, in seconds. */
export function poseClipAt(t: number) {
  for (const mixer of mixers.values()) mixer.setTime(t);
}
