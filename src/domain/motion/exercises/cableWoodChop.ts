/**
 * Cable wood chop from a high pulley on the right: the handle travels from the right shoulder down across the body
 * to the left hip, then back, and the other side. 4.2 s a side. Turning comes from the hips and thorax, with lumbar
 * rotation under 8° (pearcy-1985 per segment). Handle path and angles are estimates.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { standingOnBothFeet } from './stances';

const loaded = {
  root: { yaw: -18 },
  thoracic: { rotation: 18 },
  lumbar: { rotation: 5 },
  left: { hipRotation: 12, shoulderFlexion: 110, shoulderAbduction: -25, elbowFlexion: 20 },
  right: { hipRotation: -12, shoulderFlexion: 110, shoulderAbduction: 10, elbowFlexion: 25 },
};

// Between sides the handle comes back to the middle of the chest before the set-up on the other side.
const centre = {
  root: { yaw: 0, pitch: 0 },
  thoracic: { rotation: 0 },
  lumbar: { rotation: 0 },
  left: { hipRotation: 0, shoulderFlexion: 60, shoulderAbduction: -10, elbowFlexion: 60, kneeFlexion: 10 },
  right: { hipRotation: 0, shoulderFlexion: 60, shoulderAbduction: -10, elbowFlexion: 60, kneeFlexion: 10 },
};

export const cableWoodChopMotion: ExerciseMotion = {
  id: 'cable-wood-chop',
  sideDuration: 4.2,
  bothSides: true,
  base: bothSides({ hipAbduction: 5, kneeFlexion: 10, hipFlexion: 4 }),
  keys: [
    { t: 0, phase: 'setup', pose: loaded, implement: [-0.32, 1.55, 0.38] },
    { t: 0.6, phase: 'brace', pose: {} },
    { t: 1.0, phase: 'chop', pose: {} },
    {
      t: 1.4,
      phase: 'chop',
      pose: {
        root: { yaw: 0, pitch: 4 },
        thoracic: { rotation: 0 },
        lumbar: { rotation: 0 },
        left: { hipRotation: 0, shoulderFlexion: 70, shoulderAbduction: -8, elbowFlexion: 15, kneeFlexion: 13 },
        right: { hipRotation: 0, shoulderFlexion: 70, shoulderAbduction: -8, elbowFlexion: 15, kneeFlexion: 13 },
      },
      implement: [0, 1.2, 0.55],
    },
    {
      t: 1.8,
      phase: 'return',
      pose: {
        root: { yaw: 18, pitch: 8 },
        thoracic: { rotation: -20 },
        lumbar: { rotation: -6 },
        left: { hipRotation: -12, shoulderFlexion: 35, shoulderAbduction: 10, elbowFlexion: 15, kneeFlexion: 16 },
        right: { hipRotation: 12, shoulderFlexion: 35, shoulderAbduction: -25, elbowFlexion: 15, kneeFlexion: 16 },
      },
      implement: [0.3, 0.88, 0.4],
    },
    {
      t: 2.5,
      phase: 'return',
      pose: {
        root: { yaw: 0, pitch: 4 },
        thoracic: { rotation: 0 },
        lumbar: { rotation: 0 },
        left: { hipRotation: 0, shoulderFlexion: 70, shoulderAbduction: -8, elbowFlexion: 15, kneeFlexion: 13 },
        right: { hipRotation: 0, shoulderFlexion: 70, shoulderAbduction: -8, elbowFlexion: 15, kneeFlexion: 13 },
      },
      implement: [0, 1.22, 0.55],
    },
    { t: 3.2, phase: 'return', pose: centre, implement: [0, 1.25, 0.42] },
  ],
  ...standingOnBothFeet({ halfWidth: 0.16, turnOutDeg: 8 }),
  implement: {
    equipment: 'cable-station',
    mount: { kind: 'path' },
    hands: 'both',
    gripHalfWidth: 0.05,
    massOffset: [0, 0, 0],
  },
  apparatus: [
    {
      equipment: 'cable-station',
      position: [-1.1, 0, 0.3],
      yawDeg: 90,
      settings: { pulleyHeight: 2.0 },
      mirrorWithSide: true,
    },
  ],
  spine: { neutralBand: [-5, 10] },
  notes: 'The pulley stands to the figure’s right for the first side and is mirrored for the second.',
};
