/**
 * Superman, face down with the arms stretched past the head: the back and glutes lift the hands and feet a little off
 * the floor, hold 2 s, and lower. 5 s a rep. Lumbar extension reaches 14°, about half the 26° model limit
 * (christophy-2012) and the 29.5° measured from standing (bmc-msd-2008-regional). Angles are estimates.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { PRONE } from './postures';

const flat = {
  lumbar: { flexion: 0 },
  thoracic: { flexion: 0 },
  ...bothSides({ hipFlexion: 0, shoulderFlexion: 172 }),
};
const lifted = {
  lumbar: { flexion: -14 },
  thoracic: { flexion: -6 },
  ...bothSides({ hipFlexion: -10, shoulderFlexion: 176 }),
};

export const supermanMotion: ExerciseMotion = {
  id: 'superman',
  sideDuration: 5,
  bothSides: false,
  base: {
    root: PRONE,
    neck: { flexion: 0 },
    ...bothSides({ shoulderAbduction: 15, elbowFlexion: 3, kneeFlexion: 2, ankleDorsiflexion: -40 }),
  },
  keys: [
    { t: 0, phase: 'setup', pose: flat },
    { t: 0.6, phase: 'lift', pose: {} },
    { t: 1.6, phase: 'hold', pose: lifted },
    { t: 3.6, phase: 'lower', pose: {} },
    { t: 4.8, phase: 'lower', pose: flat },
  ],
  anchor: { kind: 'root' },
  contacts: [],
  apparatus: [{ equipment: 'mat', position: [0, 0, 0.1], yawDeg: 0 }],
  spine: { minPeakExtension: 10 },
  notes: 'All angles are estimates.',
};
