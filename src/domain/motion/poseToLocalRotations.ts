/**
 * The one place where anatomical degrees become joint quaternions, and back.
 *
 * Every joint frame is parallel to the world axes in the bind pose (+X the figure's left, +Y up, +Z forward), so:
 * trunk and neck flexion turn about +X, lateral bend to the right about +Z, rotation to the right about −Y;
 * hip and shoulder flexion about −X; knee flexion about +X; ankle dorsiflexion and toe extension about −X.
 * Limbs and spine segments use the intrinsic order X (flexion), then Z (bend/abduction), then Y (rotation about
 * the long axis), i.e. three.js Euler order 'XZY'. The clavicle turns about Y (protraction) then Z (elevation). Whole-lumbar motion is shared over L1/L2…L5/S1 by the
 * Christophy ratios (distributeLumbar); thoracic motion by an even-ish split between T12/L1 and T7.
 */
import { Quaternion, Vector3 } from 'three';
import { distributeLumbar } from '../anatomy/segments';
import type { DiscId } from '../anatomy/ids';
import { JOINT_NAMES, jointIndex, type JointName } from '../skeleton/joints';
import { CH, CHANNEL_COUNT, packPose } from './channels';
import { eulerXZYOf, setFromAxisAngleAt, setFromEulerAngles } from './frameMath';
import type { Pose } from './pose';

const DEG = Math.PI / 180;
/** Arm abduction already built into the bind pose (the A-pose), degrees. */
export const BIND_ARM_ABDUCTION_DEG = 17;
// Estimate: T12/L1 takes 40% of thoracic motion and the mid-thoracic joint 60%; no per-level source in the set.
const THORACIC_SHARE = { T12: 0.4, T7: 0.6 } as const;
// Estimate: head flexion split evenly between the cervicothoracic junction and the head–neck joint.
const NECK_SHARE = 0.5;

/** The disc below each lumbar joint: joint L5 sits at L5/S1, … joint L1 at L1/L2. */
export const LUMBAR_JOINT_DISCS = {
  L5: 'L5-S1',
  L4: 'L4-L5',
  L3: 'L3-L4',
  L2: 'L2-L3',
  L1: 'L1-L2',
} as const satisfies Record<string, DiscId>;
const LUMBAR_SHARES = distributeLumbar({ flexion: 1, lateralBend: 1, rotation: 1 });

/** Euler angles in radians (x, y, z) on their way to or from a quaternion; see frameMath.ts for why not arguments. */
const angles = new Float64Array(3);
/** One hinge angle in radians on its way to setFromAxisAngleAt. */
const hinge = new Float64Array(1);
const qa = new Quaternion();
const qb = new Quaternion();
const AXIS_X = new Vector3(1, 0, 0);
const AXIS_Y = new Vector3(0, 1, 0);
const AXIS_Z = new Vector3(0, 0, 1);
const packed = new Float64Array(CHANNEL_COUNT);

/** out.setFromAxisAngle(AXIS_X, radians) with the angle in hinge[0]. */
function hingeX(out: Quaternion): Quaternion {
  return setFromAxisAngleAt(out, AXIS_X, hinge, 0);
}

/** Yaw, pitch, roll and tilt in radians, with roll's sign turned for its axis; filled before rootFromAngles. */
const rootAngles = new Float64Array(4);

/**
 * Root orientation: yaw, then pitch, then roll about the long axis, then sideways tilt. The angles go through a
 * typed array so the frame loop passes no numbers through calls (see frameMath.ts).
 */
function rootFromAngles(out: Quaternion): Quaternion {
  setFromAxisAngleAt(out, AXIS_Y, rootAngles, 0);
  out.multiply(setFromAxisAngleAt(qa, AXIS_X, rootAngles, 1));
  out.multiply(setFromAxisAngleAt(qa, AXIS_Y, rootAngles, 2));
  return out.multiply(setFromAxisAngleAt(qb, AXIS_Z, rootAngles, 3));
}

/** Joint and channel indices of one side, looked up once so the frame loop does no string work. */
function sideIndices(side: 'left' | 'right') {
  const ch = (k: string) => CH[`${side}.${k}` as keyof typeof CH];
  return {
    s: side === 'left' ? 1 : -1,
    thigh: jointIndex(`thigh_${side}`),
    shin: jointIndex(`shin_${side}`),
    foot: jointIndex(`foot_${side}`),
    toes: jointIndex(`toes_${side}`),
    clavicle: jointIndex(`clavicle_${side}`),
    upperArm: jointIndex(`upperArm_${side}`),
    forearm: jointIndex(`forearm_${side}`),
    hand: jointIndex(`hand_${side}`),
    hipFlexion: ch('hipFlexion'),
    hipAbduction: ch('hipAbduction'),
    hipRotation: ch('hipRotation'),
    kneeFlexion: ch('kneeFlexion'),
    ankleDorsiflexion: ch('ankleDorsiflexion'),
    toeExtension: ch('toeExtension'),
    shoulderProtraction: ch('shoulderProtraction'),
    shoulderElevation: ch('shoulderElevation'),
    shoulderFlexion: ch('shoulderFlexion'),
    shoulderAbduction: ch('shoulderAbduction'),
    shoulderRotation: ch('shoulderRotation'),
    elbowFlexion: ch('elbowFlexion'),
    forearmPronation: ch('forearmPronation'),
    wristFlexion: ch('wristFlexion'),
  };
}
const SIDES = [sideIndices('left'), sideIndices('right')] as const;

/** A spine joint, the first of its region's three channels (flexion, lateral bend, rotation) and its shares of them. */
function spineJoint(
  joint: JointName,
  region: 'lumbar' | 'thoracic' | 'neck',
  flexion: number,
  bend: number,
  rotation: number,
) {
  return { index: jointIndex(joint), base: CH[`${region}.flexion`], flexion, bend, rotation };
}

/** Every spine joint the region channels turn, found once so the frame loop walks one table. */
const SPINE_JOINTS = [
  ...(['L5', 'L4', 'L3', 'L2', 'L1'] as const).map((joint) => {
    const share = LUMBAR_SHARES[LUMBAR_JOINT_DISCS[joint]];
    return spineJoint(joint, 'lumbar', share.flexion, share.lateralBend, share.rotation);
  }),
  spineJoint('T12', 'thoracic', THORACIC_SHARE.T12, THORACIC_SHARE.T12, THORACIC_SHARE.T12),
  spineJoint('T7', 'thoracic', THORACIC_SHARE.T7, THORACIC_SHARE.T7, THORACIC_SHARE.T7),
  spineJoint('neck', 'neck', NECK_SHARE, NECK_SHARE, NECK_SHARE),
  spineJoint('head', 'neck', 1 - NECK_SHARE, 1 - NECK_SHARE, 1 - NECK_SHARE),
];

function limb(c: ArrayLike<number>, k: (typeof SIDES)[number], out: Quaternion[]): void {
  const s = k.s;
  angles[0] = -c[k.hipFlexion] * DEG;
  angles[1] = -s * c[k.hipRotation] * DEG;
  angles[2] = s * c[k.hipAbduction] * DEG;
  setFromEulerAngles(out[k.thigh], angles, 'XZY');
  hinge[0] = c[k.kneeFlexion] * DEG;
  hingeX(out[k.shin]);
  hinge[0] = -c[k.ankleDorsiflexion] * DEG;
  hingeX(out[k.foot]);
  hinge[0] = -c[k.toeExtension] * DEG;
  hingeX(out[k.toes]);
  // Clavicle turns at the sternum: protraction swings its outer end forward (about −Y on the left), elevation up.
  angles[0] = 0;
  angles[1] = -s * c[k.shoulderProtraction] * DEG;
  angles[2] = s * c[k.shoulderElevation] * DEG;
  setFromEulerAngles(out[k.clavicle], angles, 'YZX');
  angles[0] = -c[k.shoulderFlexion] * DEG;
  angles[1] = -s * c[k.shoulderRotation] * DEG;
  angles[2] = s * (c[k.shoulderAbduction] - BIND_ARM_ABDUCTION_DEG) * DEG;
  setFromEulerAngles(out[k.upperArm], angles, 'XZY');
  hinge[0] = -c[k.elbowFlexion] * DEG;
  hingeX(out[k.forearm]);
  angles[0] = 0;
  angles[1] = -s * c[k.forearmPronation] * DEG;
  angles[2] = -s * c[k.wristFlexion] * DEG;
  setFromEulerAngles(out[k.hand], angles, 'YZX');
}

/** Local joint rotations (JOINT_NAMES order) from a channel array; the pelvis gets the root orientation. */
export function channelsToLocalRotations(c: ArrayLike<number>, out: Quaternion[]): Quaternion[] {
  rootAngles[0] = c[CH['root.yaw']] * DEG;
  rootAngles[1] = c[CH['root.pitch']] * DEG;
  rootAngles[2] = -c[CH['root.roll']] * DEG;
  rootAngles[3] = c[CH['root.tilt']] * DEG;
  rootFromAngles(out[0]);
  for (let i = 0; i < SPINE_JOINTS.length; i++) {
    const j = SPINE_JOINTS[i];
    angles[0] = c[j.base] * j.flexion * DEG;
    angles[1] = -c[j.base + 2] * j.rotation * DEG;
    angles[2] = c[j.base + 1] * j.bend * DEG;
    setFromEulerAngles(out[j.index], angles, 'XZY');
  }
  limb(c, SIDES[0], out);
  limb(c, SIDES[1], out);
  return out;
}

/** A fresh identity quaternion per joint. */
export function createJointRotations(): Quaternion[] {
  return JOINT_NAMES.map(() => new Quaternion());
}

/** Local joint rotations for a pose object. */
export function poseToLocalRotations(pose: Pose, out: Quaternion[] = createJointRotations()): Quaternion[] {
  packPose(pose, packed);
  return channelsToLocalRotations(packed, out);
}

/** Anatomical angles of a hinge or ball joint read back from its local rotation, degrees. */
export interface MeasuredJoint {
  flexion: number;
  abduction: number;
  rotation: number;
}

/**
 * Reads a limb joint's local rotation back into anatomical angles (the inverse of the mapping above), so the
 * readout and the tests report what the figure actually does after contacts have been solved.
 */
export function measureLimbJoint(
  q: Quaternion,
  kind: 'hip' | 'shoulder' | 'knee' | 'ankle' | 'elbow',
  side: 'left' | 'right',
  out: MeasuredJoint,
): MeasuredJoint {
  const s = side === 'left' ? 1 : -1;
  eulerXZYOf(q, angles);
  const sign = kind === 'knee' ? 1 : -1;
  out.flexion = (sign * angles[0]) / DEG;
  out.abduction = (s * angles[2]) / DEG + (kind === 'shoulder' ? BIND_ARM_ABDUCTION_DEG : 0);
  out.rotation = (-s * angles[1]) / DEG;
  return out;
}
