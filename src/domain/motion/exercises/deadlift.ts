/**
 * Conventional deadlift from the floor, one rep of about 3.5 s after a short set-up.
 * Knee flexion at the start (90°) sits within the 107.8 ± 22.4° reported for loaded deadlifts
 * (schellenberg-2013). Hip and trunk angles are estimates chosen so a 450 mm plate's bar (axle 0.225 m up) starts
 * over mid-foot with near-vertical shins; the bar rides a vertical line and the lumbar spine stays within 12° of
 * standing (an estimate of "neutral" under load; no segmental deadlift data in the reference set).
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { STANDING_TALL } from './postures';
import { standingOnBothFeet } from './stances';

const stance = standingOnBothFeet({ halfWidth: 0.12, turnOutDeg: 10 });
const bottom = {
  root: { pitch: 50.5 },
  lumbar: { flexion: 9 },
  thoracic: { flexion: 8 },
  neck: { flexion: -12 },
  ...bothSides({ hipFlexion: 120.5, hipAbduction: 3, hipRotation: -8, kneeFlexion: 86, elbowFlexion: 3 }),
};
const kneePassUp = {
  root: { pitch: 50 },
  lumbar: { flexion: 7 },
  thoracic: { flexion: 6 },
  neck: { flexion: -12 },
  ...bothSides({ hipFlexion: 78, kneeFlexion: 30 }),
};
const standing = STANDING_TALL;
const kneePassDown = {
  root: { pitch: 46 },
  lumbar: { flexion: 6 },
  thoracic: { flexion: 5 },
  neck: { flexion: -10 },
  ...bothSides({ hipFlexion: 66, kneeFlexion: 20 }),
};

export const deadliftMotion: ExerciseMotion = {
  id: 'deadlift',
  sideDuration: 4.4,
  bothSides: false,
  base: bothSides({ hipAbduction: 3, hipRotation: -8, elbowFlexion: 3 }),
  keys: [
    { t: 0, phase: 'setup', pose: bottom },
    {
      t: 0.6,
      phase: 'brace',
      pose: { root: { pitch: 53 }, lumbar: { flexion: 5 }, ...bothSides({ hipFlexion: 123 }) },
    },
    { t: 1.0, phase: 'ascent', pose: {} },
    { t: 1.6, phase: 'ascent', pose: kneePassUp },
    { t: 2.3, phase: 'lockout', pose: standing },
    { t: 2.8, phase: 'descent', pose: {} },
    { t: 3.5, phase: 'descent', pose: kneePassDown },
  ],
  ...stance,
  implement: {
    equipment: 'barbell',
    mount: { kind: 'verticalLine', z: 0.1 },
    hands: 'both',
    gripHalfWidth: 0.25,
    massOffset: [0, 0, 0],
    massKg: 100,
  },
  apparatus: [],
  spine: { neutralBand: [-5, 15] },
  notes:
    'Knee angle at the start from schellenberg-2013; trunk, hip and bar line are estimates. Grip width (0.5 m) sits between the 47 and 55 cm grips reported by escamilla-2000.',
};
