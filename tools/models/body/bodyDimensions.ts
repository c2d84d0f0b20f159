/**
 * Soft-tissue dimensions of the figure's surface, millimetres, for the 1.75 m adult of REST_POSITIONS.
 * The skeleton fixes heights and lengths (winter-2009 fractions via restPose.ts); the reference files hold no
 * body breadths, depths or girths, so every number below is an ESTIMATE: a typical lean adult male of this
 * stature, set so the surface clears the skeleton inside it (spinous processes, rib cage, pelvis).
 */
import type { TrunkSection } from './torsoLoft';

/**
 * Trunk cross-sections from the crotch to the base of the neck (mm). Estimates, reasoned per row:
 * - 815/860: crotch, about 0.47H; the section closes between the thighs.
 * - 910: widest at the greater trochanters (hip breadth about 0.19H ≈ 330 mm, so 165 each side).
 * - 965: iliac crests and anterior superior iliac spines.
 * - 1030–1095: the waist narrows to about 250 mm; the back stays about 90 mm behind the lumbar joint centres so
 *   the spinous processes (about 75 mm behind the disc centres) sit under the skin.
 * - 1220–1340: the rib cage, chest breadth about 310 mm and depth about 235 mm at nipple height (about 0.72H).
 * - 1400–1455: the shoulder girdle and the base of the neck.
 */
export const TRUNK_SECTIONS: readonly TrunkSection[] = [
  { y: 805, halfWidth: 45, back: 45, front: 45, z: -12 },
  { y: 850, halfWidth: 112, back: 86, front: 80, z: -12 },
  { y: 905, halfWidth: 149, back: 98, front: 92, z: -10 },
  { y: 965, halfWidth: 145, back: 104, front: 98, z: -8 },
  { y: 1030, halfWidth: 133, back: 104, front: 100, z: -4 },
  { y: 1095, halfWidth: 125, back: 100, front: 100, z: 0 },
  { y: 1160, halfWidth: 136, back: 106, front: 102, z: -6 },
  { y: 1220, halfWidth: 148, back: 116, front: 108, z: -18 },
  { y: 1280, halfWidth: 154, back: 120, front: 116, z: -26 },
  { y: 1340, halfWidth: 157, back: 116, front: 112, z: -32 },
  { y: 1395, halfWidth: 149, back: 98, front: 92, z: -34 },
  { y: 1430, halfWidth: 120, back: 80, front: 76, z: -38 },
  { y: 1462, halfWidth: 62, back: 54, front: 52, z: -40 },
];

/**
 * Girth-derived half-widths of the limbs, mm (ESTIMATES for a lean 1.75 m adult; girth ≈ π × mean diameter):
 * upper thigh girth about 55 cm, knee 37 cm, calf 37 cm, ankle 22 cm; upper arm 30 cm, forearm 27 cm, wrist
 * 17 cm; neck 38 cm. Hand breadth about 85 mm and foot breadth about 95 mm.
 */
export const LIMBS = {
  thigh: { topSide: 77, topDepth: 86, midSide: 70, midDepth: 76, kneeSide: 53, kneeDepth: 52 },
  shin: { kneeSide: 51, kneeDepth: 49, calfSide: 50, calfDepth: 46, ankleSide: 31, ankleDepth: 29 },
  upperArm: { topSide: 47, topDepth: 48, midSide: 41, midDepth: 44, elbowSide: 35, elbowDepth: 34 },
  forearm: { elbowSide: 38, elbowDepth: 40, bellySide: 39, bellyDepth: 41, wristSide: 19, wristDepth: 30 },
  hand: { palmHalfBreadth: 42, palmHalfThickness: 15, fingerHalfBreadth: 38, fingerHalfThickness: 10 },
  foot: { heelHalfWidth: 31, ballHalfWidth: 47, heelHalfHeight: 34, ballHalfHeight: 21 },
  neck: { halfWidth: 56, halfDepth: 54 },
} as const;

/**
 * Head, mm (ESTIMATES): vertex at the figure's stature (REST_LANDMARKS.headTop), chin at 0.870H; head length
 * about 200 mm and breadth about 155 mm, typical of adult head dimensions.
 */
export const HEAD = {
  cranium: { centre: [0, 1662, -8], radii: [77, 88, 100] },
  face: { centre: [0, 1592, 26], radii: [62, 66, 66] },
  chin: { centre: [0, 1545, 62], radius: 22 },
} as const;
