/**
 * Joint limits as data, degrees, in the sign conventions of pose.ts.
 * The spine uses the whole-lumbar limits of src/domain/anatomy/segments.ts (cited there); each lumbar segment is
 * checked against its own limits in SEGMENTS. The reference set has no goniometry for the limbs, thorax or neck, so
 * those limits are estimates from commonly taught clinical ranges, each labelled as such.
 */
import { WHOLE_LUMBAR } from '../anatomy/segments';
import type { ReferenceId } from '../content/references';

/** One range of motion. */
export interface JointLimit {
  min: number;
  max: number;
  /** A listed reference, or null for an estimate. */
  ref: ReferenceId | null;
  note: string;
}

const CLINICAL = 'Estimate: commonly taught clinical range; no goniometry source in the reference set.';

/** Limits per named angle. Lumbar rotation is the estimate recorded in WHOLE_LUMBAR. */
export const JOINT_LIMITS = {
  lumbarFlexion: {
    min: -WHOLE_LUMBAR.extension.deg,
    max: WHOLE_LUMBAR.flexion.deg,
    ref: 'christophy-2012',
    note: WHOLE_LUMBAR.flexion.note,
  },
  lumbarLateralBend: {
    min: -WHOLE_LUMBAR.lateralBend.deg,
    max: WHOLE_LUMBAR.lateralBend.deg,
    ref: 'christophy-2012',
    note: WHOLE_LUMBAR.lateralBend.note,
  },
  lumbarRotation: {
    min: -WHOLE_LUMBAR.axialRotation.deg,
    max: WHOLE_LUMBAR.axialRotation.deg,
    ref: 'pearcy-1985',
    note: WHOLE_LUMBAR.axialRotation.note,
  },
  thoracicFlexion: { min: -20, max: 45, ref: null, note: CLINICAL },
  thoracicLateralBend: { min: -30, max: 30, ref: null, note: CLINICAL },
  thoracicRotation: { min: -40, max: 40, ref: null, note: CLINICAL },
  neckFlexion: { min: -60, max: 50, ref: null, note: CLINICAL },
  neckRotation: { min: -70, max: 70, ref: null, note: CLINICAL },
  hipFlexion: { min: -20, max: 125, ref: null, note: CLINICAL },
  hipAbduction: { min: -25, max: 45, ref: null, note: CLINICAL },
  hipRotation: { min: -45, max: 40, ref: null, note: CLINICAL },
  kneeFlexion: {
    min: -5,
    max: 140,
    ref: null,
    note: 'Estimate: clinical flexion range; hyperextension capped at 5° as the brief for the figure asks.',
  },
  ankleDorsiflexion: { min: -50, max: 30, ref: null, note: CLINICAL },
  toeExtension: {
    min: -10,
    max: 90,
    ref: null,
    note: 'Estimate: clinical range; extension allowed to 90° because kneeling on tucked toes loads the toes flat.',
  },
  shoulderProtraction: { min: -15, max: 25, ref: null, note: CLINICAL },
  shoulderElevation: { min: -10, max: 35, ref: null, note: CLINICAL },
  shoulderFlexion: { min: -60, max: 180, ref: null, note: CLINICAL },
  shoulderAbduction: {
    min: -45,
    max: 180,
    ref: null,
    note: 'Estimate: clinical range; with the arm raised forward it crosses the body further than at the side.',
  },
  shoulderRotation: { min: -90, max: 80, ref: null, note: CLINICAL },
  elbowFlexion: { min: -5, max: 150, ref: null, note: CLINICAL },
  forearmPronation: { min: -90, max: 90, ref: null, note: CLINICAL },
  wristFlexion: {
    min: -90,
    max: 80,
    ref: null,
    note: 'Estimate: clinical range; extension allowed to 90° because a flat palm under a vertical forearm needs it.',
  },
} as const satisfies Record<string, JointLimit>;

export type LimitedAngle = keyof typeof JOINT_LIMITS;

/** True when the value lies inside the limit, with a tolerance in degrees. */
export function withinLimit(angle: LimitedAngle, value: number, toleranceDeg = 0): boolean {
  const limit = JOINT_LIMITS[angle];
  return value >= limit.min - toleranceDeg && value <= limit.max + toleranceDeg;
}
