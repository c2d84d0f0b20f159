/**
 * 45° back extension: the thighs rest on the pad and the heels under the roller, so the legs stay fixed and the
 * body hinges at the hips to a right angle and back to a straight line (no arching past it). 4.4 s a rep. Angles are
 * estimates; the lumbar spine stays within 10° of standing.
 */
import { BACK_EXTENSION_STATION } from '../../equipment/dimensions';
import type { ExerciseMotion, Vec3 } from '../motionTypes';
import { bothSides, combine } from '../pose';
import { ARMS_CROSSED } from './postures';

/** Where the station stands (its floor centre), metres; an estimate that keeps the figure near the scene's centre. */
const STATION: Vec3 = [0, 0, -0.1];
// The pelvis goes where the station expects the hip centres, so the thighs lie on the pad and the soles on the plate.
const HIP = BACK_EXTENSION_STATION.hip;

export const backExtensionMotion: ExerciseMotion = {
  id: 'back-extension',
  sideDuration: 4.4,
  bothSides: false,
  base: {
    root: { x: 0, y: STATION[1] + HIP[1], z: STATION[2] + HIP[2], pitch: BACK_EXTENSION_STATION.angleDeg },
    neck: { flexion: 0 },
    ...combine(ARMS_CROSSED, bothSides({ hipFlexion: 0, kneeFlexion: 3, ankleDorsiflexion: 0 })),
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
    {
      equipment: 'back-extension-station',
      position: STATION,
      yawDeg: 0,
      settings: { inclineDeg: BACK_EXTENSION_STATION.angleDeg },
    },
  ],
  spine: { neutralBand: [-3, 10] },
  notes: 'A 45° station; the hips sit where the station places them (dimensions.ts). All angles are estimates.',
};
