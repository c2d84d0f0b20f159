/**
 * 45° back extension: the thighs rest on the pad and the heels under the roller, so the legs stay fixed and the
 * body hinges at the hips to a right angle and back to a straight line (no arching past it). 4.4 s a rep. Angles are
 * estimates; the lumbar spine stays within 10° of standing.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { ARMS_CROSSED } from './postures';

export const backExtensionMotion: ExerciseMotion = {
  id: 'back-extension',
  sideDuration: 4.4,
  bothSides: false,
  base: {
    root: { x: 0, y: 0.92, z: 0.1, pitch: 45 },
    neck: { flexion: 0 },
    ...bothSides({ ...ARMS_CROSSED, hipFlexion: 0, kneeFlexion: 3, ankleDorsiflexion: 0 }),
  },
  keys: [
    { t: 0, phase: 'setup', pose: {} },
    { t: 0.8, phase: 'descent', pose: {} },
    {
      t: 2.4,
      phase: 'bottom',
      pose: {
        lumbar: { flexion: 8 },
        thoracic: { flexion: 6 },
        neck: { flexion: 5 },
        ...bothSides({ hipFlexion: 88 }),
      },
    },
    { t: 2.8, phase: 'ascent', pose: {} },
    {
      t: 4.0,
      phase: 'ascent',
      pose: { lumbar: { flexion: 0 }, thoracic: { flexion: 0 }, neck: { flexion: 0 }, ...bothSides({ hipFlexion: 0 }) },
    },
  ],
  anchor: { kind: 'transform', joint: 'thigh_left', referenceKey: 0 },
  contacts: [
    {
      effector: 'foot_left',
      target: { kind: 'key', key: 0 },
      holdOrientation: 'key',
      touches: ['heel_left', 'toeTip_left'],
    },
    {
      effector: 'foot_right',
      target: { kind: 'key', key: 0 },
      holdOrientation: 'key',
      touches: ['heel_right', 'toeTip_right'],
    },
  ],
  apparatus: [
    { equipment: 'back-extension-station', position: [0, 0, -0.25], yawDeg: 0, settings: { inclineDeg: 45 } },
  ],
  spine: { neutralBand: [-3, 10] },
  notes: 'A 45° station; pad and footplate positions are set from the figure. All angles are estimates.',
};
