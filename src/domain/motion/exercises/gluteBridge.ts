/**
 * Glute bridge: from lying with knees bent and feet flat, the hips rise until knees, hips and shoulders make one
 * slope, a one-second squeeze, and down. 4.4 s a rep. The shoulders stay on the floor and the feet planted; the ribs
 * stay down so the lumbar spine keeps within 6° of standing (an estimate). Angles are estimates.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { SUPINE } from './postures';

const down = {
  root: { pitch: -90 },
  thoracic: { flexion: 0 },
  neck: { flexion: 5 },
  ...bothSides({ hipFlexion: 50, kneeFlexion: 110, shoulderFlexion: -8 }),
};
const up = {
  root: { pitch: -116 },
  thoracic: { flexion: 8 },
  neck: { flexion: 10 },
  // The upper back tips 18° (pitch and thoracic flexion), so the arms extend as far to stay flat on the mat.
  ...bothSides({ hipFlexion: 4, kneeFlexion: 80, shoulderFlexion: -26 }),
};

export const gluteBridgeMotion: ExerciseMotion = {
  id: 'glute-bridge',
  sideDuration: 4.4,
  bothSides: false,
  base: { root: SUPINE, ...bothSides({ hipAbduction: 2, ankleDorsiflexion: -30, shoulderAbduction: 12 }) },
  keys: [
    { t: 0, phase: 'setup', pose: down },
    { t: 0.6, phase: 'lift', pose: {} },
    { t: 1.8, phase: 'squeeze', pose: up },
    { t: 2.8, phase: 'lower', pose: {} },
    { t: 4.2, phase: 'lower', pose: down },
  ],
  anchor: { kind: 'position', joints: ['upperArm_left', 'upperArm_right'], referenceKey: 0 },
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
  spine: { neutralBand: [-6, 6] },
  notes: 'All angles are estimates.',
};
