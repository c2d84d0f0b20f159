/**
 * Bent-over barbell row: the hinge is held (trunk ≈65° from vertical, at least the 45° the content asks) while the
 * elbows row the bar to the belly. 3.4 s a rep. Angles are estimates; the lumbar spine stays within 10° of standing.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { standingOnBothFeet } from './stances';

const hinge = {
  root: { pitch: 64 },
  lumbar: { flexion: 6 },
  thoracic: { flexion: 4 },
  neck: { flexion: -18 },
  ...bothSides({ hipFlexion: 78, kneeFlexion: 16, elbowFlexion: 4, shoulderAbduction: 12, shoulderRotation: 20 }),
};
const top = bothSides({ elbowFlexion: 105, shoulderAbduction: 30 });
const down = bothSides({ elbowFlexion: 4, shoulderAbduction: 12 });

export const bentOverBarbellRowMotion: ExerciseMotion = {
  id: 'bent-over-barbell-row',
  sideDuration: 3.4,
  bothSides: false,
  base: hinge,
  keys: [
    { t: 0, phase: 'setup', pose: {} },
    { t: 0.6, phase: 'brace', pose: {} },
    { t: 1.0, phase: 'pull', pose: {} },
    { t: 1.8, phase: 'squeeze', pose: top },
    { t: 2.3, phase: 'lower', pose: {} },
    { t: 3.3, phase: 'lower', pose: down },
  ],
  ...standingOnBothFeet({ halfWidth: 0.1 }),
  implement: {
    equipment: 'barbell',
    mount: { kind: 'verticalLine', z: 0.13 },
    hands: 'both',
    gripHalfWidth: 0.24,
    massOffset: [0, 0, 0],
    massKg: 50,
  },
  apparatus: [],
  spine: { neutralBand: [-5, 10] },
  notes: 'Estimates; the bar rows on a vertical line over mid-foot and the back does not move.',
};
