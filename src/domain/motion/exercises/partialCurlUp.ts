/**
 * Partial curl-up: lying with knees bent and feet flat, arms folded, the head and shoulders peel off the floor
 * (thoracic flexion 22°, neck 12°) while the lower back stays pressed down (lumbar flexion 3–8°). 4 s a rep.
 * Angles are estimates; the pelvis and feet stay put.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides, combine } from '../pose';
import { ARMS_CROSSED, SUPINE } from './postures';

export const partialCurlUpMotion: ExerciseMotion = {
  id: 'partial-curl-up',
  sideDuration: 4,
  bothSides: false,
  base: {
    root: SUPINE,
    lumbar: { flexion: 3 },
    neck: { flexion: 5 },
    ...combine(ARMS_CROSSED, bothSides({ hipFlexion: 50, kneeFlexion: 105, ankleDorsiflexion: -25 })),
  },
  keys: [
    { t: 0, phase: 'setup', pose: {} },
    { t: 0.6, phase: 'lift', pose: {} },
    { t: 1.6, phase: 'hold', pose: { lumbar: { flexion: 7 }, thoracic: { flexion: 22 }, neck: { flexion: 14 } } },
    { t: 2.6, phase: 'lower', pose: {} },
    { t: 3.8, phase: 'lower', pose: { lumbar: { flexion: 3 }, thoracic: { flexion: 0 }, neck: { flexion: 5 } } },
  ],
  anchor: { kind: 'root' },
  contacts: [
    {
      effector: 'foot_left',
      target: { kind: 'key', key: 0 },
      holdOrientation: 'flat',
      touches: ['heel_left', 'toeTip_left'],
    },
    {
      effector: 'foot_right',
      target: { kind: 'key', key: 0 },
      holdOrientation: 'flat',
      touches: ['heel_right', 'toeTip_right'],
    },
  ],
  apparatus: [{ equipment: 'mat', position: [0, 0, -0.05], yawDeg: 0 }],
  spine: { neutralBand: [0, 10] },
  notes: 'All angles are estimates.',
};
