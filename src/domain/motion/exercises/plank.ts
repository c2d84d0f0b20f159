/**
 * Forearm plank: from resting on the knees and forearms, the legs reach back onto tucked toes and the body forms one
 * straight line from shoulders to ankles, held for 6 s here (the content's dose is longer), then the knees come back
 * down. 9.6 s a loop. The shoulders stay over the elbows (0.38 m up: a 0.3255 m upper arm above the forearm, an
 * estimate) and the lumbar spine within 6° of standing (an estimate of "no dip"). Angles are estimates.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { tuckedToes } from './quadruped';

const kneesDown = {
  root: { pitch: 72 },
  lumbar: { flexion: 0 },
  ...bothSides({ hipFlexion: 8, kneeFlexion: 95, ankleDorsiflexion: -30, toeExtension: 0, shoulderFlexion: 72 }),
};
const line = {
  root: { pitch: 80.5 },
  lumbar: { flexion: 3 },
  ...bothSides({ hipFlexion: 0, kneeFlexion: 2, ankleDorsiflexion: -5, toeExtension: 60, shoulderFlexion: 80 }),
};

export const plankMotion: ExerciseMotion = {
  id: 'plank',
  sideDuration: 9.6,
  bothSides: false,
  base: { neck: { flexion: 0 }, ...bothSides({ shoulderAbduction: 6, elbowFlexion: 88, forearmPronation: 60 }) },
  keys: [
    { t: 0, phase: 'setup', pose: kneesDown },
    { t: 1.0, phase: 'brace', pose: {} },
    { t: 2.0, phase: 'hold', pose: line },
    { t: 8.0, phase: 'return', pose: {} },
    { t: 9.0, phase: 'return', pose: kneesDown },
  ],
  anchor: { kind: 'position', joints: ['upperArm_left', 'upperArm_right'], target: [0, 0.38, 0] },
  contacts: [
    {
      effector: 'hand_left',
      target: { kind: 'key', key: 2 },
      holdOrientation: 'key',
      touches: ['hand_left', 'forearm_left'],
    },
    {
      effector: 'hand_right',
      target: { kind: 'key', key: 2 },
      holdOrientation: 'key',
      touches: ['hand_right', 'forearm_right'],
    },
    { ...tuckedToes('left', 2, ['hold']), touches: ['toes_left'] },
    { ...tuckedToes('right', 2, ['hold']), touches: ['toes_right'] },
  ],
  apparatus: [{ equipment: 'mat', position: [0, 0, -0.5], yawDeg: 0 }],
  spine: { neutralBand: [-6, 6] },
  notes: 'All angles are estimates; the forearms stay put, and the toes while the body is held in line.',
};
