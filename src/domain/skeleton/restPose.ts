/**
 * Bind pose of the one skeleton, in world space: metres, glTF axes (+Y up, +Z anterior, +X the figure's left),
 * floor at y = 0. Standing upright, arms hanging in a slight A-pose, feet hip-width apart and parallel.
 *
 * Sources (ids from src/domain/content/references.ts):
 * - L5/S1 joint, hip joint centres and shoulder joint centres: christophy-2012, neutral global body origins of
 *   Lumbar_C_210 / C_238, converted from OpenSim axes by `christophyToWorld` (one rigid shift, no scaling).
 * - L4…T12 joints: the true-size spine of spineBind.ts stacked on the sacrum from the L5/S1 disc centre
 *   (cook-baker-2021, eur-spine-2010-morphometry, iran-disc-mri, wang-2012-endplates, sci-rep-2022-segmental-lordosis).
 * - Heights and limb lengths for a 1.75 m adult: winter-2009, Fig. 4.1 (segment lengths as fractions of body
 *   height H after Drillis & Contini): hip 0.530H, knee 0.285H, ankle 0.039H, upper arm 0.186H, forearm 0.146H,
 *   hand 0.108H, foot length 0.152H, shoulder (acromion) height 0.818H, chin 0.870H.
 * - Every other placement is an estimate and says so beside the number.
 */
import { CHRISTOPHY_BODY_ORIGINS } from '../anatomy/christophyFascicles';
import type { ReferenceId } from '../content/references';
import type { JointName } from './joints';
import { sacralSlopeDeg, stackSpine } from './spineBind';
import type { SpineBind } from './spineBind';

/** A point in world space, metres. */
export type Vec3Tuple = readonly [number, number, number];

/** Stature of the figure, metres. */
export const STATURE = 1.75;

/** Winter Fig. 4.1 fractions of body height used here (winter-2009). */
export const HEIGHT_FRACTIONS = {
  /** Hip (greater trochanter) height above the floor. */
  hip: 0.53,
  /** Knee joint height. */
  knee: 0.285,
  /** Ankle joint height. */
  ankle: 0.039,
  /** Shoulder (acromion) height. */
  shoulder: 0.818,
  /** Chin height. */
  chin: 0.87,
  /** Shoulder-to-elbow length. */
  upperArm: 0.186,
  /** Elbow-to-wrist length. */
  forearm: 0.146,
  /** Wrist-to-fingertip length. */
  hand: 0.108,
  /** Heel-to-toe length. */
  footLength: 0.152,
} as const;

const H = STATURE;
const F = HEIGHT_FRACTIONS;

/** Christophy 2012 femur origin (hip joint centre) height in the model's ground frame, metres. */
export const CHRISTOPHY_HIP_Y = 0.899;
/** Christophy 2012 femur origin, anterior coordinate (OpenSim x), metres. */
export const CHRISTOPHY_HIP_X = -0.0791;

/**
 * Rigid shift from the Christophy model's ground frame to ours: the hip joint centres go to Winter's hip height
 * and the mid-hip point to z = 0. Muscle attachment coordinates from es-attachments.md must use this same map.
 */
export const CHRISTOPHY_SHIFT = { y: H * F.hip - CHRISTOPHY_HIP_Y, z: -CHRISTOPHY_HIP_X } as const;

/** Converts an OpenSim point (x anterior, y up, z right) of the Christophy model to this world frame. */
export function christophyToWorld(x: number, y: number, z: number): Vec3Tuple {
  return [-z, y + CHRISTOPHY_SHIFT.y, x + CHRISTOPHY_SHIFT.z];
}

const hipLeft = christophyToWorld(CHRISTOPHY_HIP_X, CHRISTOPHY_HIP_Y, -0.077);
const hipCentre: Vec3Tuple = [0, hipLeft[1], hipLeft[2]];
const humerus = CHRISTOPHY_BODY_ORIGINS.humerus;
const shoulderLeft = christophyToWorld(humerus[0], humerus[1], -humerus[2]);

// The lumbar5 body origin is the L5/S1 disc centre; the spine above it is stacked from true-size parts.
const L5 = christophyToWorld(...CHRISTOPHY_BODY_ORIGINS.lumbar5);

/** The stacked spine of the bind pose: vertebra and sacrum frames and the L5…T12 joints (spineBind.ts). */
export const SPINE_BIND: SpineBind = stackSpine(L5, sacralSlopeDeg(hipCentre, L5));
const { L4, L3, L2, L1, T12 } = SPINE_BIND.joints;

// A-pose: arms 17° from vertical in the frontal plane (within the 15–20° asked of the bind pose).
const ARM_ABDUCTION_RAD = (17 * Math.PI) / 180;
const ARM_DIR_X = Math.sin(ARM_ABDUCTION_RAD);
const ARM_DIR_Y = -Math.cos(ARM_ABDUCTION_RAD);

function alongArm(from: Vec3Tuple, length: number, side: 1 | -1): Vec3Tuple {
  return [from[0] + side * ARM_DIR_X * length, from[1] + ARM_DIR_Y * length, from[2]];
}

function mirror(p: Vec3Tuple): Vec3Tuple {
  return [-p[0], p[1], p[2]];
}

const elbowLeft = alongArm(shoulderLeft, H * F.upperArm, 1);
const wristLeft = alongArm(elbowLeft, H * F.forearm, 1);
const kneeLeft: Vec3Tuple = [hipLeft[0], H * F.knee, 0];
const ankleLeft: Vec3Tuple = [hipLeft[0], H * F.ankle, 0];
// Estimate: the heel sits 5 cm behind the ankle centre (about a fifth of the 0.152H foot length).
const HEEL_BEHIND_ANKLE = 0.05;
// Estimate: the metatarsophalangeal joints lie about 73% of foot length from the heel, 2 cm above the floor.
const toesLeft: Vec3Tuple = [hipLeft[0], 0.02, -HEEL_BEHIND_ANKLE + 0.73 * H * F.footLength];
// Estimate: sternoclavicular joint 2.5 cm off the midline, just below shoulder-joint level, 5 cm in front of it.
const clavicleLeft: Vec3Tuple = [0.025, shoulderLeft[1] - 0.005, shoulderLeft[2] + 0.05];

/** World position of every joint in the bind pose, metres. */
export const REST_POSITIONS: Record<JointName, Vec3Tuple> = {
  // The root pivots at the mid-point of the hip joint centres, so pelvic tilt turns about the hip axis.
  pelvis: hipCentre,
  L5,
  L4,
  L3,
  L2,
  L1,
  T12,
  // Estimate: T7 five thoracic motion segments (≈27 mm each) above T12, set back by the thoracic kyphosis.
  T7: [0, T12[1] + 5 * 0.027, -0.06],
  // Estimate: the C7/T1 junction sits near acromion height (0.818H), behind the shoulder joints.
  neck: [0, H * F.shoulder, -0.05],
  // Estimate: the atlanto-occipital joint sits about 3.5 cm above chin height (0.870H), near the mastoid.
  head: [0, H * F.chin + 0.035, -0.02],
  clavicle_left: clavicleLeft,
  upperArm_left: shoulderLeft,
  forearm_left: elbowLeft,
  hand_left: wristLeft,
  clavicle_right: mirror(clavicleLeft),
  upperArm_right: mirror(shoulderLeft),
  forearm_right: mirror(elbowLeft),
  hand_right: mirror(wristLeft),
  thigh_left: hipLeft,
  shin_left: kneeLeft,
  foot_left: ankleLeft,
  toes_left: toesLeft,
  thigh_right: mirror(hipLeft),
  shin_right: mirror(kneeLeft),
  foot_right: mirror(ankleLeft),
  toes_right: mirror(toesLeft),
};

/** Points that are not joints but that contacts, IK and tests need, in the bind pose. */
export const REST_LANDMARKS = {
  /** Vertex of the head: the figure's stature. */
  headTop: [0, H, -0.01] as Vec3Tuple,
  heel_left: [ankleLeft[0], 0, -HEEL_BEHIND_ANKLE] as Vec3Tuple,
  heel_right: mirror([ankleLeft[0], 0, -HEEL_BEHIND_ANKLE]),
  toeTip_left: [ankleLeft[0], 0, -HEEL_BEHIND_ANKLE + H * F.footLength] as Vec3Tuple,
  toeTip_right: mirror([ankleLeft[0], 0, -HEEL_BEHIND_ANKLE + H * F.footLength]),
  // Estimate: the grip centre (middle of the closed hand) lies 40% of hand length beyond the wrist.
  grip_left: alongArm(wristLeft, 0.4 * H * F.hand, 1),
  grip_right: mirror(alongArm(wristLeft, 0.4 * H * F.hand, 1)),
  fingertip_left: alongArm(wristLeft, H * F.hand, 1),
  fingertip_right: mirror(alongArm(wristLeft, H * F.hand, 1)),
} as const;

/** Which joint carries each landmark. */
export const LANDMARK_JOINTS: Record<keyof typeof REST_LANDMARKS, JointName> = {
  headTop: 'head',
  heel_left: 'foot_left',
  heel_right: 'foot_right',
  toeTip_left: 'toes_left',
  toeTip_right: 'toes_right',
  grip_left: 'hand_left',
  grip_right: 'hand_right',
  fingertip_left: 'hand_left',
  fingertip_right: 'hand_right',
};

/** Where each number in this module comes from, for the About view and the model build. */
export const SKELETON_SOURCES = [
  {
    referenceId: 'christophy-2012',
    covers: 'L5/S1 joint centre (disc centre), hip and shoulder joint centres, via one rigid shift.',
  },
  { referenceId: 'cook-baker-2021', covers: 'L5 body heights and depth of the stacked spine.' },
  { referenceId: 'eur-spine-2010-morphometry', covers: 'Wedging of the L1–L4 bodies of the stacked spine.' },
  { referenceId: 'iran-disc-mri', covers: 'Disc middle heights between the stacked vertebrae.' },
  { referenceId: 'wang-2012-endplates', covers: 'Endplate dish depths, which set how far the bodies sit apart.' },
  { referenceId: 'korean-ct-sacrum', covers: 'S1 body height, which places the sacrum below the L5/S1 disc.' },
  {
    referenceId: 'sci-rep-2022-segmental-lordosis',
    covers: 'Standing segmental lordosis and pelvic incidence, which bend the stacked spine.',
  },
  {
    referenceId: 'winter-2009',
    covers: 'Stature fractions: hip, knee, ankle, shoulder and chin heights; upper arm, forearm, hand, foot lengths.',
  },
  {
    referenceId: null,
    covers:
      'Estimates: L1–L4 and T12 body sizes, the T12/L1 disc, T7, neck (C7/T1), head (C0/C1), clavicle, toes, heel, grip.',
  },
] as const satisfies readonly { referenceId: ReferenceId | null; covers: string }[];
