import { describe, expect, it } from 'vitest';
import { AnimationMixer, Object3D } from 'three';
import { createMotionSample, sampleExercise } from '../../src/domain/motion';
import { toAnimationClip } from '../../src/domain/motion/toAnimationClip';
import { exerciseTimeline } from '../../src/domain/motion/timeline';
import { JOINT_NAMES, JOINT_PARENTS } from '../../src/domain/skeleton/joints';

/** A bare skeleton of named Object3Ds, the way every model carries the shared joints. */
function bareRig(): { root: Object3D; joints: Map<string, Object3D> } {
  const root = new Object3D();
  const joints = new Map<string, Object3D>();
  for (const name of JOINT_NAMES) {
    const joint = new Object3D();
    joint.name = name;
    joints.set(name, joint);
    const parent = JOINT_PARENTS[name];
    (parent ? joints.get(parent)! : root).add(joint);
  }
  return { root, joints };
}

describe('toAnimationClip', () => {
  it.each(['deadlift', 'bird-dog', 'jefferson-curl'])('plays %s on a bare rig as the motion samples it', (id) => {
    const clip = toAnimationClip(id);
    const { period } = exerciseTimeline(id);
    expect(clip.duration).toBeCloseTo(period, 6);
    expect(clip.tracks).toHaveLength(JOINT_NAMES.length + 1);

    const { root, joints } = bareRig();
    const mixer = new AnimationMixer(root);
    mixer.clipAction(clip).play();
    const sample = createMotionSample();
    for (const fraction of [0.1, 0.37, 0.62, 0.9]) {
      // On a sample time the clip must reproduce the motion exactly (up to float rounding).
      const t = Math.round(fraction * period * 60) / 60;
      mixer.setTime(t);
      sampleExercise(id, t, sample);
      JOINT_NAMES.forEach((name, j) => {
        const q = joints.get(name)!.quaternion;
        expect(Math.abs(q.dot(sample.localRotations[j])), `${name} at ${t}`).toBeGreaterThan(0.99999);
      });
      expect(joints.get('pelvis')!.position.distanceTo(sample.rootPosition)).toBeLessThan(1e-5);
    }
  });

  it('closes the loop: the last key is the first pose', () => {
    const clip = toAnimationClip('plank');
    for (const track of clip.tracks) {
      const size = track.getValueSize();
      const first = Array.from(track.values.slice(0, size));
      const last = Array.from(track.values.slice(track.values.length - size));
      last.forEach((v, i) => expect(v).toBeCloseTo(first[i], 5));
    }
  });
});
