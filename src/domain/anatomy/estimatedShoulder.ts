/**
 * Estimated right-side attachments of deltoid, biceps brachii and serratus anterior: textbook landmarks
 * ('educational-anatomy-pages') placed on our skeleton.
 */
import type { PathPoint } from './attachmentTypes';
import type { RightSideMuscle } from './christophyMuscles';
import { SHOULDER, between, offset, shifted } from './landmarks';
import { fascicle } from './pathRouting';
import { wallPoint } from './trunkWall';

/** A point over the humeral head that the deltoid drapes across; `around` turns from front (−1) to back (1). */
function overHead(around: number): PathPoint {
  // Estimate: the deltoid's inner surface clears the greater tubercle, about 3.5 cm from the head centre.
  return offset('upperArm_right', 0.03 - 0.006 * Math.abs(around), -0.025, -0.034 * around);
}

const deltoid: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; from the lateral third of the clavicle, the acromion and the scapular spine over the humeral head to the deltoid tuberosity.',
  fascicles: [
    fascicle(
      'deltoid_clavicular',
      shifted(SHOULDER.lateralClavicle, -0.018, -0.004, 0.004),
      overHead(-1),
      SHOULDER.deltoidTuberosity,
    ),
    fascicle('deltoid_clavicular_lateral', SHOULDER.lateralClavicle, overHead(-0.55), SHOULDER.deltoidTuberosity),
    fascicle('deltoid_acromial', SHOULDER.acromion, overHead(0), SHOULDER.deltoidTuberosity),
    fascicle('deltoid_acromial_posterior', SHOULDER.acromialAngle, overHead(0.55), SHOULDER.deltoidTuberosity),
    fascicle(
      'deltoid_spinal',
      between(SHOULDER.spineRoot, SHOULDER.acromialAngle, 0.55),
      overHead(1),
      SHOULDER.deltoidTuberosity,
    ),
  ],
};

/** A point `distance` metres down the humerus from the shoulder centre, offset sideways and forwards. */
function arm(distance: number, lateral: number, anterior: number): PathPoint {
  const s = offset('upperArm_right', 0, 0, 0).position;
  const e = offset('forearm_right', 0, 0, 0).position;
  const f = distance / Math.hypot(e[0] - s[0], e[1] - s[1], e[2] - s[2]);
  return {
    joint: 'upperArm_right',
    position: [s[0] + (e[0] - s[0]) * f - lateral, s[1] + (e[1] - s[1]) * f, s[2] + (e[2] - s[2]) * f + anterior],
  };
}

const bicepsBrachii: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; long head from the supraglenoid tubercle through the bicipital groove, short head from the coracoid, both to the radial tuberosity.',
  fascicles: [
    // Estimate: the belly peaks at mid-arm, 3.4 cm in front of the shaft; the distal tendon leaves 3 cm above the elbow.
    fascicle(
      'biceps_long_head',
      SHOULDER.supraglenoid,
      SHOULDER.bicipitalGroove,
      arm(0.16, 0.006, 0.034),
      arm(0.29, 0, 0.024),
      SHOULDER.radialTuberosity,
    ),
    fascicle(
      'biceps_short_head',
      SHOULDER.coracoid,
      arm(0.07, -0.016, 0.028),
      arm(0.16, -0.008, 0.034),
      arm(0.29, 0, 0.024),
      SHOULDER.radialTuberosity,
    ),
  ],
};

/** One serratus digit: from a rib on the side of the chest, round the wall under the scapula, to its border. */
function serratusDigit(
  name: string,
  ribY: number,
  carrier: 'T7' | 'T12',
  insertion: PathPoint,
): ReturnType<typeof fascicle> {
  const endY = insertion.position[1];
  const via = (f: number, angle: number): PathPoint => {
    const y = ribY + (endY - ribY) * f;
    // Estimate: the digits lie on the ribs, 1.2 cm under the surface where latissimus and the scapula cover them.
    return { joint: carrier, position: wallPoint(y, angle, 0.012) };
  };
  // Estimate: the digits arise near the anterior axillary line, 55–60° round from the front midline.
  const rib = { joint: carrier, position: wallPoint(ribY, 58, 0.006) } satisfies PathPoint;
  return fascicle(name, rib, via(0.35, 95), via(0.7, 122), shifted(insertion, 0, 0, 0.014));
}

/** Where the serratus reaches the medial border, f = 0 at the superior angle, 1 at the inferior angle. */
const border = (f: number) =>
  f <= 0.3
    ? between(SHOULDER.superiorAngle, SHOULDER.spineRoot, f / 0.3)
    : between(SHOULDER.spineRoot, SHOULDER.inferiorAngle, (f - 0.3) / 0.7);

const serratusAnterior: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; digits from the outer surfaces of ribs 1–8 round the chest wall to the costal surface of the medial scapular border, heaviest at the inferior angle.',
  fascicles: [
    serratusDigit('serratus_rib2', 1.41, 'T7', border(0)),
    serratusDigit('serratus_rib3', 1.375, 'T7', border(0.3)),
    serratusDigit('serratus_rib4', 1.345, 'T7', border(0.6)),
    serratusDigit('serratus_rib5', 1.315, 'T7', border(0.92)),
    serratusDigit('serratus_rib6', 1.285, 'T7', border(1)),
    serratusDigit('serratus_rib7', 1.255, 'T7', border(1)),
    serratusDigit('serratus_rib8', 1.225, 'T12', border(1)),
  ],
};

/** Estimated shoulder muscles, right side. */
export const ESTIMATED_SHOULDER = {
  deltoid,
  'biceps-brachii': bicepsBrachii,
  'serratus-anterior': serratusAnterior,
} as const;
