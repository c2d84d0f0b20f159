/**
 * Dead bug on the back: arms to the ceiling and hips and knees at right angles, then the right arm reaches past the
 * head while the left leg stretches out just above the floor, and back; then the other pair. 4.2 s a side. The lower
 * back stays pressed flat (lumbar flexion 3–8°, an estimate) and the pelvis stays on the floor.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { SUPINE } from './postures';

const start = {
  lumbar: { flexion: 4 },
  ...bothSides({ hipFlexion: 90, kneeFlexion: 90, shoulderFlexion: 90, elbowFlexion: 5 }),
};
// The straight leg hovers with the heel about a hand's breadth off the mat.
const reach = { lumbar: { flexion: 6 }, right: { shoulderFlexion: 165 }, left: { hipFlexion: 4, kneeFlexion: 3 } };

export const deadBugMotion: ExerciseMotion = {
  id: 'dead-bug',
  sideDuration: 4.2,
  bothSides: true,
  base: { root: SUPINE, neck: { flexion: 5 }, ...bothSides({ shoulderAbduction: 5, ankleDorsiflexion: 0 }) },
  keys: [
    { t: 0, phase: 'setup', pose: start },
    { t: 0.8, phase: 'brace', pose: {} },
    { t: 1.2, phase: 'reach', pose: {} },
    { t: 2.7, phase: 'return', pose: reach },
    { t: 4.0, phase: 'return', pose: start },
  ],
  anchor: { kind: 'root' },
  contacts: [],
  apparatus: [{ equipment: 'mat', position: [0, 0, -0.15], yawDeg: 0 }],
  spine: { neutralBand: [0, 10] },
  notes: 'All angles are estimates.',
};
