/**
 * Dumbbell side bend: the bell in the left hand slides down the outside of the left leg, then the other side.
 * 4.4 s a side. Lumbar side bend reaches 18°, inside the 25° model limit (christophy-2012) and Pearcy's per-segment
 * limits (pearcy-1985) once shared out; the thorax adds 16° (estimate). Flexion stays within 5° of standing.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides, combine } from '../pose';
import { standingOnBothFeet } from './stances';

export const sideBendMotion: ExerciseMotion = {
  id: 'side-bend',
  sideDuration: 4.4,
  bothSides: true,
  base: combine(bothSides({ kneeFlexion: 3 }), {
    left: { shoulderAbduction: 4, elbowFlexion: 4 },
    right: { shoulderAbduction: 35, shoulderRotation: 30, elbowFlexion: 110, forearmPronation: 60 },
  }),
  keys: [
    { t: 0, phase: 'setup', pose: {} },
    { t: 0.6, phase: 'lower', pose: {} },
    {
      t: 2.0,
      phase: 'bottom',
      pose: { lumbar: { lateralBend: -18 }, thoracic: { lateralBend: -16 }, neck: { lateralBend: -5 } },
    },
    { t: 2.5, phase: 'lift', pose: {} },
    {
      t: 3.7,
      phase: 'lift',
      pose: { lumbar: { lateralBend: 0 }, thoracic: { lateralBend: 0 }, neck: { lateralBend: 0 } },
    },
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
  notes: 'Side-bend totals are estimates chosen inside the cited limits.',
};
