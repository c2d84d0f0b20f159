/**
 * Glute-ham raise on a glute-ham developer: knees on the pad and lower legs locked, so the shins stay fixed. The body
 * tips from upright kneeling to level by straightening the knees, bends at the hips, lifts back to a line, then the
 * hamstrings curl it upright. 7.4 s a rep with slow lowering. Angles are estimates; the lumbar spine stays near neutral.
 */
import { GLUTE_HAM_DEVELOPER } from '../../equipment/dimensions';
import { REST_POSITIONS } from '../../skeleton/restPose';
import type { ExerciseMotion, Vec3 } from '../motionTypes';
import { bothSides, combine } from '../pose';
import { ARMS_CROSSED } from './postures';

/** Where the developer stands (its floor centre), metres, so its knee point meets the figure's knees. */
const STATION: Vec3 = [0, 0, 0];
// Upright kneeling: the pelvis straight above the knees by the thigh length (REST_POSITIONS: hip − knee height).
const THIGH = REST_POSITIONS.thigh_left[1] - REST_POSITIONS.shin_left[1];
const KNEE = GLUTE_HAM_DEVELOPER.knee;

const kneeling = combine(ARMS_CROSSED, bothSides({ hipFlexion: 0, kneeFlexion: 90, ankleDorsiflexion: 0 }));

export const gluteHamstringRaiseMotion: ExerciseMotion = {
  id: 'glute-hamstring-raise',
  sideDuration: 7.4,
  bothSides: false,
  base: {
    root: { x: STATION[0] + KNEE[0], y: STATION[1] + KNEE[1] + THIGH, z: STATION[2] + KNEE[2], pitch: 0 },
    ...kneeling,
  },
  keys: [
    { t: 0, phase: 'setup', pose: {} },
    { t: 1.0, phase: 'descent', pose: {} },
    { t: 3.0, phase: 'lower', pose: bothSides({ kneeFlexion: 2 }) },
    {
      t: 4.2,
      phase: 'lift',
      pose: { lumbar: { flexion: 8 }, thoracic: { flexion: 8 }, ...bothSides({ hipFlexion: 70 }) },
    },
    {
      t: 5.4,
      phase: 'ascent',
      pose: { lumbar: { flexion: 0 }, thoracic: { flexion: 0 }, ...bothSides({ hipFlexion: 0 }) },
    },
    { t: 7.0, phase: 'ascent', pose: bothSides({ kneeFlexion: 90 }) },
  ],
  anchor: { kind: 'transform', joint: 'shin_left', referenceKey: 0 },
  contacts: [
    {
      effector: 'foot_left',
      target: { kind: 'key', key: 0 },
      holdOrientation: 'key',
      touches: ['foot_left', 'shin_left'],
    },
    {
      effector: 'foot_right',
      target: { kind: 'key', key: 0 },
      holdOrientation: 'key',
      touches: ['foot_right', 'shin_right'],
    },
  ],
  apparatus: [{ equipment: 'glute-ham-developer', position: STATION, yawDeg: 0 }],
  spine: { neutralBand: [-5, 10] },
  notes: 'Shins held by the machine, knees where the developer places them (dimensions.ts); all angles are estimates.',
};
