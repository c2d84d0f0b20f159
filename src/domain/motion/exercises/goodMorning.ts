/**
 * Good morning with the bar on the upper back: a deep bow with soft knees, 5 s a rep. Knees bend about 10°, in line
 * with the 5.3 ± 6.7° reported (schellenberg-2013), and the hips flex about a quarter less than in the deadlift, as
 * the same study found; other angles are estimates. The lumbar spine stays within 12° of standing.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { STANDING_TALL } from './postures';
import { standingOnBothFeet } from './stances';

const standing = STANDING_TALL;
const bottom = {
  root: { pitch: 74 },
  lumbar: { flexion: 8 },
  thoracic: { flexion: 4 },
  neck: { flexion: -20 },
  ...bothSides({ hipFlexion: 84, kneeFlexion: 11 }),
};

export const goodMorningMotion: ExerciseMotion = {
  id: 'good-morning',
  sideDuration: 5,
  bothSides: false,
  base: bothSides({ shoulderAbduction: 70, shoulderRotation: -40, elbowFlexion: 120 }),
  keys: [
    { t: 0, phase: 'setup', pose: standing },
    { t: 0.8, phase: 'brace', pose: {} },
    { t: 1.2, phase: 'descent', pose: { ...bothSides({ kneeFlexion: 10, hipFlexion: 3 }) } },
    { t: 3.0, phase: 'bottom', pose: bottom },
    { t: 3.4, phase: 'ascent', pose: {} },
    { t: 4.8, phase: 'ascent', pose: standing },
  ],
  ...standingOnBothFeet(),
  implement: {
    equipment: 'barbell',
    mount: { kind: 'joint', joint: 'T7', offset: [0, 0.11, -0.05] },
    hands: 'both',
    gripHalfWidth: 0.45,
    massOffset: [0, 0, 0],
    massKg: 40,
  },
  apparatus: [{ equipment: 'squat-rack', position: [0, 0, 0.9], yawDeg: 180 }],
  spine: { neutralBand: [-5, 12] },
  notes: 'Knee bend from schellenberg-2013; the bar sits across the upper trapezius, carried by the upper back.',
};
