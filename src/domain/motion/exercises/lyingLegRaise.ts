/**
 * Lying leg raise: straight legs from the floor to pointing at the ceiling and slowly back, 5 s a rep. The lower back
 * stays on the floor (lumbar flexion 2–8°, an estimate). Angles are estimates.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { SUPINE } from './postures';

const legsDown = { lumbar: { flexion: 3 }, ...bothSides({ hipFlexion: -1, kneeFlexion: 2, ankleDorsiflexion: -20 }) };

export const lyingLegRaiseMotion: ExerciseMotion = {
  id: 'lying-leg-raise',
  sideDuration: 5,
  bothSides: false,
  base: {
    root: SUPINE,
    neck: { flexion: 5 },
    ...bothSides({ shoulderFlexion: -9, shoulderAbduction: 14, elbowFlexion: 5 }),
  },
  keys: [
    { t: 0, phase: 'setup', pose: legsDown },
    { t: 0.6, phase: 'brace', pose: {} },
    { t: 1.2, phase: 'lift', pose: { lumbar: { flexion: 4 } } },
    { t: 2.7, phase: 'lower', pose: { lumbar: { flexion: 7 }, ...bothSides({ hipFlexion: 88, kneeFlexion: 3 }) } },
    { t: 4.8, phase: 'lower', pose: legsDown },
  ],
  anchor: { kind: 'root' },
  contacts: [],
  apparatus: [{ equipment: 'mat', position: [0, 0, 0.08], yawDeg: 0 }],
  spine: { neutralBand: [0, 10] },
  notes: 'All angles are estimates.',
};
