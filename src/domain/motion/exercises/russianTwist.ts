/**
 * Russian twist: seated and leaning back with a long spine, heels down, the chest and shoulders turn to the right
 * and take the ball from the chest down beside the right hip, back through the middle, then to the left. 2.8 s a
 * side. The knees keep pointing forward, so the turn is thoracic (32°) plus a lumbar 7°, inside Pearcy's ≈2° per
 * segment (pearcy-1985).
 */
import type { ExerciseMotion, Vec3 } from '../motionTypes';
import { bothSides } from '../pose';

/** Ball centre against the chest and beside the right hip, metres (estimates for the 0.35 m ball). */
const AT_CHEST: Vec3 = [0, 0.54, -0.02];
const BESIDE_RIGHT_HIP: Vec3 = [-0.36, 0.24, -0.04];

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
    { t: 0, phase: 'setup', pose: {}, implement: AT_CHEST },
    { t: 0.6, phase: 'brace', pose: {} },
    { t: 1.0, phase: 'rotate', pose: {} },
    {
      t: 1.4,
      phase: 'rotate',
      pose: { thoracic: { rotation: 18 }, lumbar: { rotation: 4 }, neck: { rotation: 5 } },
      implement: [-0.28, 0.47, 0.03],
    },
    {
      t: 1.8,
      phase: 'return',
      pose: { thoracic: { rotation: 32 }, lumbar: { rotation: 7 }, neck: { rotation: 10 } },
      implement: BESIDE_RIGHT_HIP,
    },
    {
      t: 2.6,
      phase: 'return',
      pose: { thoracic: { rotation: 0 }, lumbar: { rotation: 0 }, neck: { rotation: 0 } },
      implement: AT_CHEST,
    },
  ],
  anchor: { kind: 'root' },
  contacts: [
    { effector: 'foot_left', target: { kind: 'key', key: 0 }, holdOrientation: 'key', touches: ['heel_left'] },
    { effector: 'foot_right', target: { kind: 'key', key: 0 }, holdOrientation: 'key', touches: ['heel_right'] },
  ],
  implement: {
    equipment: 'medicine-ball',
    // The ball follows a set path (chest, out to the side, down beside the hip); the hands hold its sides.
    mount: { kind: 'path' },
    hands: 'both',
    gripHalfWidth: 0.19,
    massOffset: [0, 0, 0],
    massKg: 4,
  },
  apparatus: [{ equipment: 'mat', position: [0, 0, 0.1], yawDeg: 0 }],
  spine: { neutralBand: [-3, 10] },
  notes: 'All angles are estimates.',
};
