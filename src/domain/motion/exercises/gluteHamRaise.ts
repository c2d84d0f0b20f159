/**
 * Glute-ham raise on a glute-ham developer: knees on the pad and lower legs locked, so the shins stay fixed. The body
 * tips from upright kneeling to level by straightening the knees, bends at the hips, lifts back to a line, then the
 * hamstrings curl it upright. 7.4 s a rep with slow lowering. Angles are estimates; the lumbar spine stays near neutral.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { ARMS_CROSSED } from './postures';

const kneeling = bothSides({ ...ARMS_CROSSED, hipFlexion: 0, kneeFlexion: 90, ankleDorsiflexion: 5 });

export const gluteHamstringRaiseMotion: ExerciseMotion = {
  id: 'glute-hamstring-raise',
  sideDuration: 7.4,
  bothSides: false,
  base: { root: { x: 0, y: 1.43, z: 0, pitch: 0 }, ...kneeling },
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
  apparatus: [{ equipment: 'glute-ham-developer', position: [0, 0, -0.2], yawDeg: 0, settings: { padHeight: 0.96 } }],
  spine: { neutralBand: [-5, 10] },
  notes: 'Shins held by the machine; all angles and the pad height are estimates.',
};
