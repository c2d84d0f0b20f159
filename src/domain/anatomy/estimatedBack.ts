/**
 * Estimated right-side attachments of spinalis, trapezius and rhomboids: textbook landmarks
 * ('educational-anatomy-pages'; spinalis after Gray as summarised in anatomy-data.md §4.1) placed on our skeleton.
 */
import type { PathPoint } from './attachmentTypes';
import type { RightSideMuscle } from './christophyMuscles';
import { AXIAL_BACK, SHOULDER, between, offset, shifted } from './landmarks';
import { fascicle, routeOverTrunk } from './pathRouting';
import { SPINOUS_TIPS } from './spinousProcesses';
import type { SpinousLevel } from './spinousProcesses';

/** A spinalis path beside the spinous tips of the given levels, deeper than the tips and wider at mid-length. */
function besideSpine(levels: readonly SpinousLevel[]): PathPoint[] {
  return levels.map((level, i) => {
    const f = levels.length > 1 ? i / (levels.length - 1) : 0;
    // Estimate: spinalis lies against the spinous processes, 1.1–1.7 cm from the midline, just in front of the tips.
    return shifted(SPINOUS_TIPS[level], 0.011 + 0.006 * Math.sin(Math.PI * f), 0, 0.004);
  });
}

const spinalis: RightSideMuscle = {
  refs: ['educational-anatomy-pages', 'bogduk-1980'],
  estimate:
    'Not in the Christophy model; tendons run from the spinous processes of T11–L2 up to those of T4–T8 (Gray), placed in the groove beside our spinous tips.',
  fascicles: [
    fascicle('spinalis_L2_T4', ...besideSpine(['L2', 'L1', 'T12', 'T10', 'T8', 'T6', 'T4'])),
    fascicle('spinalis_L1_T5', ...besideSpine(['L1', 'T12', 'T10', 'T8', 'T6', 'T5'])),
    fascicle('spinalis_T12_T6', ...besideSpine(['T12', 'T10', 'T8', 'T6'])),
    fascicle('spinalis_T11_T7', ...besideSpine(['T11', 'T9', 'T7'])),
    fascicle('spinalis_L2_T8', ...besideSpine(['L2', 'T12', 'T10', 'T8'])),
  ],
};

// Estimate: the upper fibres drape over the side of the neck, 6 cm from the midline, before the clavicle.
const neckSide = offset('neck', 0.06, 0.055, -0.045);
// Estimate: the top of the shoulder between the neck and the acromion, over the supraspinous fossa.
const shoulderTop = offset('upperArm_right', -0.06, 0.045, -0.035, 'clavicle_right');
const spineOfScapula = (f: number) => between(SHOULDER.spineRoot, SHOULDER.acromialAngle, f);

const trapezius: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; from the occiput, nuchal ligament and spinous processes C7–T12 to the lateral clavicle, acromion and scapular spine, routed over the estimated trunk wall.',
  fascicles: [
    fascicle('trapezius_descending_occiput', AXIAL_BACK.occiput, neckSide, SHOULDER.lateralClavicle),
    fascicle(
      'trapezius_descending_nuchal',
      AXIAL_BACK.nuchalLigament,
      shifted(neckSide, 0.012, -0.02, -0.006),
      SHOULDER.acromion,
    ),
    fascicle(
      'trapezius_transverse_C7',
      ...routeOverTrunk([AXIAL_BACK.c7, shoulderTop, SHOULDER.acromialAngle], -0.004, 1),
    ),
    fascicle('trapezius_transverse_T2', ...routeOverTrunk([SPINOUS_TIPS.T2, spineOfScapula(0.7)], -0.004, 2)),
    fascicle('trapezius_transverse_T4', ...routeOverTrunk([SPINOUS_TIPS.T4, spineOfScapula(0.35)], -0.004, 2)),
    fascicle('trapezius_ascending_T6', ...routeOverTrunk([SPINOUS_TIPS.T6, spineOfScapula(0.08)], -0.004, 2)),
    fascicle('trapezius_ascending_T9', ...routeOverTrunk([SPINOUS_TIPS.T9, spineOfScapula(0)], -0.004, 2)),
    fascicle(
      'trapezius_ascending_T12',
      ...routeOverTrunk([SPINOUS_TIPS.T12, shifted(spineOfScapula(0), 0, -0.01, 0)], -0.004, 3),
    ),
  ],
};

/** A point on the medial border of the scapula, f = 0 at the superior angle and 1 at the inferior angle. */
function medialBorder(f: number): PathPoint {
  const upper = between(SHOULDER.superiorAngle, SHOULDER.spineRoot, Math.min(1, f / 0.3));
  const lower = between(SHOULDER.spineRoot, SHOULDER.inferiorAngle, Math.max(0, (f - 0.3) / 0.7));
  // Estimate: the rhomboids insert on the border's edge, 8 mm deep to its posterior surface.
  return shifted(f <= 0.3 ? upper : lower, 0, 0, 0.008);
}

/** A spinous tip seen from the deep side, where the rhomboids arise under the trapezius. */
const deepTip = (level: SpinousLevel) => shifted(SPINOUS_TIPS[level], 0.004, 0, 0.01);

const rhomboids: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; minor from C7–T1 and major from T2–T5 spinous processes to the medial border of the scapula, under the trapezius.',
  fascicles: [
    fascicle('rhomboid_minor_C7', ...routeOverTrunk([deepTip('C7'), medialBorder(0.22)], 0.012, 1)),
    fascicle('rhomboid_minor_T1', ...routeOverTrunk([deepTip('T1'), medialBorder(0.32)], 0.012, 1)),
    fascicle('rhomboid_major_T2', ...routeOverTrunk([deepTip('T2'), medialBorder(0.48)], 0.012, 1)),
    fascicle('rhomboid_major_T3', ...routeOverTrunk([deepTip('T3'), medialBorder(0.64)], 0.012, 1)),
    fascicle('rhomboid_major_T4', ...routeOverTrunk([deepTip('T4'), medialBorder(0.8)], 0.012, 1)),
    fascicle('rhomboid_major_T5', ...routeOverTrunk([deepTip('T5'), medialBorder(0.97)], 0.012, 1)),
  ],
};

/** Estimated back muscles, right side. */
export const ESTIMATED_BACK = { spinalis, trapezius, rhomboids } as const;
