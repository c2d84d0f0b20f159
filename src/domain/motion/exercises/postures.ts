/** Limb and root settings shared by several exercises. Estimates, chosen to look right and stay inside the limits. */
import type { LimbAngles, PoseSpec } from '../pose';

/** Arms folded across the chest, hands near the opposite shoulders. */
export const ARMS_CROSSED: Partial<LimbAngles> = {
  shoulderFlexion: 75,
  shoulderAbduction: -20,
  shoulderRotation: 55,
  elbowFlexion: 130,
  forearmPronation: 30,
};

/** Lying on the back: pelvis joint 0.13 m up, so the sacrum and shoulder blades rest on the floor (estimate). */
export const SUPINE: PoseSpec['root'] = { x: 0, y: 0.13, z: 0, pitch: -90 };

/** Lying face down: pelvis joint 0.09 m up, the chest and thighs on the floor (estimate). */
export const PRONE: PoseSpec['root'] = { x: 0, y: 0.09, z: 0, pitch: 90 };
