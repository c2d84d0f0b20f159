/**
 * Russian twist: seated and leaning back with a long spine, heels down, the ball held at the chest turns to the
 * right with the chest and shoulders, back through the middle, then to the left. 2.8 s a side. The knees keep
 * pointing forward, so the turn is thoracic (32°) plus a lumbar 7°, inside Pearcy's ≈2° per segment (pearcy-1985).
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';

export const russianTwistMotion: ExerciseMotion = {
  id: 'russian-twist',
  sideDuration: 2.8,
  bothSides: true,
  base: {
    root: { x: 0, y: 0.11, z: 0, pitch: -45 },
    lumbar: { flexion: 4 },
    neck: { flexion: 10 },
    ...bothSides({ hipFlexion: 92, kneeFlexion: 100, hipAbduction: 6, elbowFlexion: 80, shoulderFlexion: 40 }),
  },
  keys: [
    { t: 0, phase: 'setup', pose: {} },
    { t: 0.6, phase: 'brace', pose: {} },
    { t: 1.0, phase: 'rotate', pose: {} },
    { t: 1.8, phase: 'return', pose: { thoracic: { rotation: 32 }, lumbar: { rotation: 7 }, neck: { rotation: 10 } } },
    { t: 2.6, phase: 'return', pose: { thoracic: { rotation: 0 }, lumbar: { rotation: 0 }, neck: { rotation: 0 } } },
  ],
  anchor: { kind: 'root' },
  contacts: [
    { effector: 'foot_left', target: { kind: 'key', key: 0 }, holdOrientation: 'key', touches: ['heel_left'] },
    { effector: 'foot_right', target: { kind: 'key', key: 0 }, holdOrientation: 'key', touches: ['heel_right'] },
  ],
  implement: {
    equipment: 'medicine-ball',
    mount: { kind: 'joint', joint: 'T7', offset: [0, -0.08, 0.34] },
    hands: 'both',
    gripHalfWidth: 0.11,
    massOffset: [0, 0, 0],
    massKg: 4,
  },
  apparatus: [{ equipment: 'mat', position: [0, 0, 0.1], yawDeg: 0 }],
  spine: { neutralBand: [-3, 10] },
  notes: 'All angles are estimates.',
};
