/**
 * Estimated right-side attachments of transversus abdominis ('educational-anatomy-pages' for the landmarks;
 * layer thickness from 'ultrasound-thickness'), laid on the estimated trunk wall.
 */
import type { PathPoint } from './attachmentTypes';
import type { RightSideMuscle } from './christophyMuscles';
import { fascicle } from './pathRouting';
import { spineJointAt } from './spineLevels';
import { wallPoint } from './trunkWall';

/**
 * Estimate: transversus lies under external oblique (0.88 cm) and internal oblique (1.10 cm), so about 2 cm
 * below the surface ('ultrasound-thickness').
 */
const DEPTH = 0.02;

/** One horizontal band from the thoracolumbar fascia, round the flank, to the linea alba at height y. */
function band(name: string, y: number): ReturnType<typeof fascicle> {
  // Estimate: the band leaves the fascia at the lateral edge of quadratus lumborum (≈125° round from the front)
  // and becomes aponeurosis near the semilunar line, ending 1 cm from the midline.
  const at = (angle: number): PathPoint => ({ joint: spineJointAt(y), position: wallPoint(y, angle, DEPTH) });
  return fascicle(name, at(128), at(100), at(70), at(40), at(6));
}

const transversusAbdominis: RightSideMuscle = {
  refs: ['educational-anatomy-pages', 'ultrasound-thickness'],
  estimate:
    'Not in the Christophy model; horizontal bands from the thoracolumbar fascia, iliac crest and lower costal cartilages round the flank to the linea alba, about 2 cm deep.',
  fascicles: [
    band('transversus_iliac', 1.035),
    band('transversus_lower', 1.075),
    band('transversus_middle', 1.115),
    band('transversus_upper', 1.155),
    band('transversus_costal', 1.195),
  ],
};

/** Estimated abdominal muscles, right side. */
export const ESTIMATED_ABDOMEN = { 'transversus-abdominis': transversusAbdominis } as const;
