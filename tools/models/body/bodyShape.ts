/**
 * The figure's surface as one signed distance field (millimetres, negative inside), built around the bind pose
 * of REST_POSITIONS. Three groups are each a smooth union of parts: the trunk with neck and head, a leg and an
 * arm (built on the left and mirrored). The limbs join the trunk with a blend radius that fades away from the
 * hip and shoulder, so the shoulder and hip are filleted but the arm never webs onto the chest and the thighs
 * never web onto each other.
 */
import { bar, bounded, ellipsoid, smax, smin, smoothstep, sphere } from '../sdf';
import type { Sdf, Vec3 } from '../sdf';
import { HEAD, LIMBS, TRUNK_SECTIONS } from './bodyDimensions';
import { profile } from './profile';
import { torsoLoft } from './torsoLoft';
import { along, jointMm, length, normalize, scale, sub } from './vec';

/** One named piece of a group with the fillet radius (mm) it joins the group with. */
interface Piece {
  name: string;
  sdf: Sdf;
  blend: number;
}

function group(pieces: readonly Piece[]): Sdf {
  return (x, y, z) => {
    let d = pieces[0].sdf(x, y, z);
    for (let i = 1; i < pieces.length; i++) d = smin(d, pieces[i].sdf(x, y, z), pieces[i].blend);
    return d;
  };
}

/**
 * Skips a costly field far outside its axis-aligned box: the distance to the box is a lower bound of the field,
 * so a smooth union stays exact wherever it matters as long as `margin` exceeds the blend radius.
 */
function boxBounded(f: Sdf, min: Vec3, max: Vec3, margin = 45): Sdf {
  return (x, y, z) => {
    const dx = Math.max(min[0] - x, 0, x - max[0]);
    const dy = Math.max(min[1] - y, 0, y - max[1]);
    const dz = Math.max(min[2] - z, 0, z - max[2]);
    const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
    return d > margin ? d : f(x, y, z);
  };
}

/** Bounding early-out around a bar from a to b whose widest radius is r. */
function boundedBar(f: Sdf, a: Vec3, b: Vec3, r: number): Sdf {
  const c = scale([a[0] + b[0], a[1] + b[1], a[2] + b[2]], 0.5);
  return bounded(f, c, length(sub(b, a)) / 2 + r, 40);
}

const UP: Vec3 = [0, 1, 0];
const FORWARD: Vec3 = [0, 0, 1];

// ---- Arm (left side; the field is mirrored across the midline) ----
const SHOULDER = jointMm('upperArm_left');
const ELBOW = jointMm('forearm_left');
const WRIST = jointMm('hand_left');
/** Down the arm, shoulder to wrist (the A-pose keeps the limb straight). */
const ARM_DIR = normalize(sub(ELBOW, SHOULDER));
/** Lateral, perpendicular to the arm in the frontal plane. */
const ARM_LATERAL: Vec3 = [-ARM_DIR[1], ARM_DIR[0], 0];
/** The palm faces the thigh: the palm normal points medially. */
const PALM: Vec3 = scale(ARM_LATERAL, -1);
/** Wrist to fingertip, mm: 0.108H (winter-2009 via restPose.ts). */
const HAND_LENGTH = 189;

const A = LIMBS.upperArm;
const F = LIMBS.forearm;
const Hd = LIMBS.hand;
const THUMB_BASE = along(WRIST, [ARM_DIR, 40], [FORWARD, 30], [PALM, 8]);
const THUMB_TIP = along(WRIST, [ARM_DIR, 100], [FORWARD, 37], [PALM, 17]);

/** The arm's pieces, each with the bone that carries it (used by the skin weights). */
export const ARM_PIECES = {
  deltoid: ellipsoid(SHOULDER[0] + 12, SHOULDER[1] - 22, SHOULDER[2] - 2, 44, 62, 50),
  upperArm: boundedBar(
    bar(
      SHOULDER,
      ELBOW,
      ARM_LATERAL,
      profile([
        [0, A.topDepth],
        [0.45, A.midDepth],
        [1, A.elbowDepth],
      ]),
      profile([
        [0, A.topSide],
        [0.45, A.midSide],
        [1, A.elbowSide],
      ]),
    ),
    SHOULDER,
    ELBOW,
    A.topDepth,
  ),
  forearm: boundedBar(
    bar(
      ELBOW,
      along(WRIST, [ARM_DIR, -6]),
      ARM_LATERAL,
      profile([
        [0, F.elbowDepth],
        [0.22, F.bellyDepth],
        [0.75, F.wristDepth + 4],
        [1, F.wristDepth],
      ]),
      profile([
        [0, F.elbowSide],
        [0.22, F.bellySide],
        [0.75, F.wristSide + 4],
        [1, F.wristSide],
      ]),
    ),
    ELBOW,
    WRIST,
    F.bellyDepth,
  ),
  /** Palm and fingers as one mitten: a single bar, so there is no ledge at the knuckles. */
  mitten: bar(
    along(WRIST, [ARM_DIR, 12]),
    along(WRIST, [ARM_DIR, HAND_LENGTH - 8]),
    PALM,
    profile([
      [0, 31],
      [0.32, Hd.palmHalfBreadth - 1],
      [0.48, Hd.palmHalfBreadth],
      [0.75, Hd.fingerHalfBreadth],
      [0.9, 31],
      [1, 16],
    ]),
    profile([
      [0, 19],
      [0.3, Hd.palmHalfThickness + 1],
      [0.5, 13],
      [0.8, Hd.fingerHalfThickness],
      [1, 8],
    ]),
  ),
  /** The ball of the thumb on the palm, near the wrist. */
  thenar: ellipsoid(...along(WRIST, [ARM_DIR, 38], [FORWARD, 18], [PALM, 9]), 14, 30, 20),
  thumb: bar(
    THUMB_BASE,
    THUMB_TIP,
    PALM,
    profile([
      [0, 12],
      [1, 10],
    ]),
    profile([
      [0, 11],
      [1, 9],
    ]),
  ),
} satisfies Record<string, Sdf>;

const armField = bounded(
  group([
    { name: 'deltoid', sdf: ARM_PIECES.deltoid, blend: 0 },
    { name: 'upperArm', sdf: ARM_PIECES.upperArm, blend: 30 },
    { name: 'forearm', sdf: ARM_PIECES.forearm, blend: 22 },
    { name: 'mitten', sdf: ARM_PIECES.mitten, blend: 22 },
    { name: 'thenar', sdf: ARM_PIECES.thenar, blend: 14 },
    { name: 'thumb', sdf: ARM_PIECES.thumb, blend: 12 },
  ]),
  along(SHOULDER, [ARM_DIR, (length(sub(WRIST, SHOULDER)) + HAND_LENGTH) / 2]),
  (length(sub(WRIST, SHOULDER)) + HAND_LENGTH) / 2 + 70,
  45,
);

// ---- Leg (left side, mirrored) ----
const HIP = jointMm('thigh_left');
const KNEE = jointMm('shin_left');
const ANKLE = jointMm('foot_left');
const T = LIMBS.thigh;
const S = LIMBS.shin;
const Ft = LIMBS.foot;
const THIGH_TOP: Vec3 = [HIP[0] + 6, HIP[1] - 22, HIP[2] - 8];
const SHIN_END: Vec3 = [ANKLE[0], ANKLE[1] + 8, ANKLE[2] - 4];
// Estimate: heel and ball centres chosen so the heel reaches 50 mm behind the ankle, the sole dips just under
// the floor (then clipped flat) and the toes end at REST_LANDMARKS.toeTip (0.152H from the heel).
const HEEL: Vec3 = [ANKLE[0], 30, -19];
const BALL: Vec3 = [ANKLE[0] + 2, 19, 128];
const TOE_ROOT: Vec3 = [ANKLE[0] + 2, 13, 152];
const TOE_END: Vec3 = [ANKLE[0], 12, 205];

export const LEG_PIECES = {
  thigh: boundedBar(
    bar(
      THIGH_TOP,
      KNEE,
      FORWARD,
      profile([
        [0, T.topSide],
        [0.35, T.midSide],
        [0.82, T.kneeSide + 4],
        [1, T.kneeSide],
      ]),
      profile([
        [0, T.topDepth],
        [0.35, T.midDepth],
        [0.82, T.kneeDepth + 6],
        [1, T.kneeDepth],
      ]),
    ),
    THIGH_TOP,
    KNEE,
    T.topDepth,
  ),
  patella: ellipsoid(KNEE[0], KNEE[1] + 8, KNEE[2] + 38, 24, 28, 14),
  shin: boundedBar(
    bar(
      KNEE,
      SHIN_END,
      FORWARD,
      profile([
        [0, S.kneeSide],
        [0.25, S.calfSide],
        [0.6, 40],
        [0.88, S.ankleSide],
        [1, S.ankleSide + 2],
      ]),
      profile([
        [0, S.kneeDepth],
        [0.25, 42],
        [0.6, 36],
        [0.88, S.ankleDepth],
        [1, S.ankleDepth + 2],
      ]),
    ),
    KNEE,
    SHIN_END,
    S.calfSide,
  ),
  calf: ellipsoid(KNEE[0] + 2, KNEE[1] - 125, KNEE[2] - 26, 44, 105, 36),
  foot: bar(
    HEEL,
    BALL,
    UP,
    profile([
      [0, Ft.heelHalfWidth],
      [0.3, 36],
      [1, Ft.ballHalfWidth],
    ]),
    profile([
      [0, Ft.heelHalfHeight],
      [1, Ft.ballHalfHeight],
    ]),
  ),
  instep: ellipsoid(ANKLE[0] - 3, 48, 40, 36, 32, 78),
  toes: bar(
    TOE_ROOT,
    TOE_END,
    UP,
    profile([
      [0, 46],
      [1, 33],
    ]),
    profile([
      [0, 16],
      [1, 12],
    ]),
  ),
} satisfies Record<string, Sdf>;

const legGroup = group([
  { name: 'thigh', sdf: LEG_PIECES.thigh, blend: 0 },
  { name: 'patella', sdf: LEG_PIECES.patella, blend: 18 },
  { name: 'shin', sdf: LEG_PIECES.shin, blend: 26 },
  { name: 'calf', sdf: LEG_PIECES.calf, blend: 30 },
  { name: 'foot', sdf: LEG_PIECES.foot, blend: 24 },
  { name: 'instep', sdf: LEG_PIECES.instep, blend: 24 },
  { name: 'toes', sdf: LEG_PIECES.toes, blend: 16 },
]);
/** The sole is flat on the floor (y = 0), with a small rounded edge. */
const legField: Sdf = boxBounded((x, y, z) => smax(legGroup(x, y, z), -y, 5), [-10, -5, -140], [175, 975, 225]);

// ---- Trunk, neck and head ----
const NECK_BASE: Vec3 = [0, 1405, -35];
const NECK_TOP: Vec3 = [0, 1565, -8];
const N = LIMBS.neck;

export const TRUNK_PIECES = {
  torso: torsoLoft(TRUNK_SECTIONS),
  // Estimate: gluteal mass reaching about 130 mm behind the hip axis, its fold near 0.45H.
  buttock: ellipsoid(60, 874, -62, 68, 84, 57),
  // Estimate: the upper trapezius slopes from the side of the neck to the acromion (0.818H).
  trapezius: bar(
    [24, 1452, -48],
    [176, 1426, -16],
    UP,
    profile([
      [0, 46],
      [1, 38],
    ]),
    profile([
      [0, 28],
      [1, 22],
    ]),
  ),
  neck: bar(
    NECK_BASE,
    NECK_TOP,
    FORWARD,
    profile([
      [0, N.halfWidth],
      [1, N.halfWidth - 4],
    ]),
    profile([
      [0, N.halfDepth],
      [1, N.halfDepth - 4],
    ]),
  ),
} satisfies Record<string, Sdf>;

export const HEAD_PIECES = {
  cranium: ellipsoid(...HEAD.cranium.centre, ...HEAD.cranium.radii),
  face: ellipsoid(...HEAD.face.centre, ...HEAD.face.radii),
  chin: sphere(...HEAD.chin.centre, HEAD.chin.radius),
  brow: bar(
    [0, 1664, 84],
    [40, 1662, 76],
    [0, 1, 0],
    profile([
      [0, 12],
      [1, 10],
    ]),
    profile([
      [0, 11],
      [1, 9],
    ]),
  ),
  nose: bar(
    [0, 1648, 90],
    [0, 1610, 107],
    FORWARD,
    profile([
      [0, 8],
      [1, 13],
    ]),
    profile([
      [0, 8],
      [1, 11],
    ]),
  ),
  ear: ellipsoid(76, 1628, -12, 10, 29, 17),
} satisfies Record<string, Sdf>;

/**
 * A smooth |x| (√(x² + e²)): mirroring with a plain |x| leaves a kink on the midline, and any part blended across
 * it (buttocks, the legs at the crotch) prints that kink as a shading seam.
 */
function smoothAbs(x: number): number {
  return Math.sqrt(x * x + 36);
}

const mirrored =
  (f: Sdf): Sdf =>
  (x, y, z) =>
    f(smoothAbs(x), y, z);

/** The trunk with neck, without the head: the spine joints share it out. */
export const torsoField = boxBounded(
  group([
    { name: 'torso', sdf: TRUNK_PIECES.torso, blend: 0 },
    { name: 'buttock', sdf: mirrored(TRUNK_PIECES.buttock), blend: 40 },
    { name: 'trapezius', sdf: mirrored(TRUNK_PIECES.trapezius), blend: 34 },
    { name: 'neck', sdf: TRUNK_PIECES.neck, blend: 34 },
  ]),
  [-235, 770, -150],
  [235, 1600, 140],
);

const headParts = group([
  { name: 'cranium', sdf: HEAD_PIECES.cranium, blend: 0 },
  { name: 'face', sdf: HEAD_PIECES.face, blend: 30 },
  { name: 'chin', sdf: HEAD_PIECES.chin, blend: 22 },
  { name: 'brow', sdf: mirrored(HEAD_PIECES.brow), blend: 18 },
  { name: 'nose', sdf: HEAD_PIECES.nose, blend: 10 },
  { name: 'ear', sdf: mirrored(HEAD_PIECES.ear), blend: 6 },
]);

export const headField = bounded(headParts, [0, 1640, 0], 135, 40);

/** The left leg and left arm, for the skin weights (evaluate at -x for the right side). */
export const LIMB_FIELDS = { leg: legField, arm: armField } as const;

/** Blend radius between trunk and leg: a fillet around the hip that fades out down the thigh. */
function hipBlend(ax: number, y: number, z: number): number {
  const dx = ax - HIP[0];
  const dy = y - HIP[1];
  const dz = z - HIP[2];
  return 40 * (1 - smoothstep(110, 200, Math.sqrt(dx * dx + dy * dy + dz * dz)));
}

/** Blend radius between trunk and arm: a fillet at the shoulder that is gone before the armpit. */
function shoulderBlend(ax: number, y: number, z: number): number {
  const dx = ax - SHOULDER[0];
  const dy = y - SHOULDER[1];
  const dz = z - SHOULDER[2];
  return 40 * (1 - smoothstep(70, 140, Math.sqrt(dx * dx + dy * dy + dz * dz)));
}

/** The whole figure. */
export const bodySdf: Sdf = (x, y, z) => {
  const ax = Math.abs(x);
  const sx = smoothAbs(x);
  let d = smin(torsoField(x, y, z), headField(x, y, z), 34);
  d = smin(d, legField(sx, y, z), hipBlend(sx, y, z));
  // The arms never come near the midline, so the plain mirror is exact there.
  return smin(d, armField(ax, y, z), shoulderBlend(ax, y, z));
};

/** Axis-aligned bounds of the figure with a margin, mm. */
export const BODY_BOUNDS = {
  min: [-440, -12, -175] as Vec3,
  max: [440, 1770, 240] as Vec3,
};
