/** Limb and root settings shared by several exercises. Estimates, chosen to look right and stay inside the limits. */
import { bothSides, type LimbAngles, type PoseSpec } from '../pose';

/**
 * Arms folded across the chest: elbows by the lower ribs, forearms crossing in front of the chest, the right one
 * a few centimetres above the left so they do not pass through each other. Internal rotation stays inside the 80°
 * limit (limits.ts), so the forearms rest a hand's breadth in front of the sternum. Estimates.
 */
export const ARMS_CROSSED: Pick<PoseSpec, 'left' | 'right'> = {
  left: { shoulderFlexion: 12, shoulderAbduction: 8, shoulderRotation: 78, elbowFlexion: 105, forearmPronation: 0 },
  right: { shoulderFlexion: 22, shoulderAbduction: 4, shoulderRotation: 78, elbowFlexion: 112, forearmPronation: 0 },
};

/** One arm hanging by the side, the hand clear of the thigh, palm facing it. */
export const ARM_HANGING: Partial<LimbAngles> = {
  shoulderFlexion: 0,
  shoulderAbduction: 4,
  shoulderRotation: 0,
  elbowFlexion: 4,
  forearmPronation: 0,
  wristFlexion: 0,
};

/** Hand resting on the side of the waist, elbow out and a little back. */
export const HAND_ON_WAIST: Partial<LimbAngles> = {
  shoulderFlexion: -40,
  shoulderAbduction: 50,
  shoulderRotation: 64,
  elbowFlexion: 100,
  forearmPronation: 0,
  wristFlexion: 0,
};

/**
 * Passing a dumbbell from one hand to the other: elbows by the sides and palms pressed together in front of the
 * belly, so the two grips lie about 3 cm apart and the bell changes hands between sides without a jump.
 */
export const HANDS_TOGETHER: Partial<LimbAngles> = {
  shoulderFlexion: -6,
  shoulderAbduction: 14,
  shoulderRotation: 65,
  elbowFlexion: 78,
  forearmPronation: -18,
  wristFlexion: -54,
};

/** Lying on the back: pelvis joint 0.13 m up, so the sacrum and shoulder blades rest on the floor (estimate). */
export const SUPINE: PoseSpec['root'] = { x: 0, y: 0.13, z: 0, pitch: -90 };

/** Lying face down: pelvis joint 0.09 m up, the chest and thighs on the floor (estimate). */
export const PRONE: PoseSpec['root'] = { x: 0, y: 0.09, z: 0, pitch: 90 };

/** Standing tall at the top of a hinge: trunk upright, hips open, knees just off lock. */
export const STANDING_TALL: PoseSpec = {
  root: { pitch: 0 },
  lumbar: { flexion: 0 },
  thoracic: { flexion: 0 },
  neck: { flexion: 0 },
  ...bothSides({ hipFlexion: 0, kneeFlexion: 2 }),
};
