/**
 * Dumbbell side bend: the bell in the left hand slides down the outside of the left leg, then the other side.
 * 5.2 s a side. Lumbar side bend reaches 18°, inside the 25° model limit (christophy-2012) and Pearcy's per-segment
 * limits (pearcy-1985) once shared out; the thorax adds 16° (estimate). Flexion stays within 5° of standing.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { ARM_HANGING, HAND_ON_WAIST, HANDS_TOGETHER } from './postures';
import { standingOnBothFeet } from './stances';

const set = { left: ARM_HANGING, right: HAND_ON_WAIST };
const upright = {
  lumbar: { lateralBend: 0 },
  thoracic: { lateralBend: 0 },
  neck: { lateralBend: 0 },
  left: { shoulderAbduction: ARM_HANGING.shoulderAbduction },
};

export const sideBendMotion: ExerciseMotion = {
  id: 'side-bend',
  sideDuration: 5.2,
  bothSides: true,
  base: bothSides({ kneeFlexion: 3 }),
  keys: [
    // Each side starts and ends with the hands together in front, where the bell passes to the other hand.
    { t: 0, phase: 'setup', pose: bothSides(HANDS_TOGETHER) },
    { t: 0.8, phase: 'setup', pose: set },
    { t: 1.2, phase: 'lower', pose: {} },
    {
      t: 2.6,
      phase: 'bottom',
      // The bell hangs plumb: the left arm opens from the trunk by the trunk's whole lean (18° + 16°).
      pose: {
        lumbar: { lateralBend: -18 },
        thoracic: { lateralBend: -16 },
        neck: { lateralBend: -5 },
        left: { shoulderAbduction: ARM_HANGING.shoulderAbduction! + 34 },
      },
    },
    { t: 3.1, phase: 'lift', pose: {} },
    { t: 4.3, phase: 'lift', pose: upright },
    { t: 4.5, phase: 'lift', pose: {} },
  ],
  ...standingOnBothFeet(),
  implement: {
    equipment: 'dumbbell',
    mount: { kind: 'hands' },
    hands: 'left',
    gripHalfWidth: 0,
    massOffset: [0, 0, 0],
    massKg: 12,
  },
  apparatus: [],
  spine: { neutralBand: [-5, 5] },
  notes:
    'Side-bend totals are estimates chosen inside the cited limits; the bell changes hands in front between sides.',
};
