/**
 * Dumbbell wood chopper, first turning left to lift the bell over the left shoulder and chopping to the outside of
 * the right knee, then the mirror image. 3.6 s a side. The turn comes mostly from the hips and thorax; lumbar rotation
 * stays under 8°, inside Pearcy's ≈2° per segment (pearcy-1985). The dumbbell follows a set path; angles are estimates.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { standingOnBothFeet } from './stances';

const chest = {
  root: { yaw: 0, pitch: 0 },
  lumbar: { rotation: 0, flexion: 0 },
  thoracic: { rotation: 0, flexion: 0 },
  ...bothSides({ hipFlexion: 4, kneeFlexion: 10, hipRotation: 0, shoulderFlexion: 40, elbowFlexion: 90 }),
};

export const woodChopperMotion: ExerciseMotion = {
  id: 'wood-chopper',
  sideDuration: 3.6,
  bothSides: true,
  base: bothSides({ hipAbduction: 5, shoulderAbduction: -5 }),
  keys: [
    { t: 0, phase: 'setup', pose: chest, implement: [0, 1.15, 0.36] },
    { t: 0.5, phase: 'reach', pose: {} },
    {
      t: 1.5,
      phase: 'chop',
      pose: {
        root: { yaw: 22 },
        thoracic: { rotation: -22 },
        lumbar: { rotation: -6 },
        left: { hipRotation: -14, shoulderFlexion: 150, elbowFlexion: 20 },
        right: { hipRotation: 14, shoulderFlexion: 150, elbowFlexion: 20, kneeFlexion: 14 },
      },
      implement: [0.3, 1.8, 0.28],
    },
    {
      t: 1.9,
      phase: 'chop',
      pose: {
        root: { yaw: 0, pitch: 12 },
        thoracic: { rotation: 0, flexion: 3 },
        lumbar: { rotation: 0, flexion: 3 },
        left: { hipRotation: 0, hipFlexion: 25, kneeFlexion: 25, shoulderFlexion: 80, elbowFlexion: 15 },
        right: { hipRotation: 0, hipFlexion: 22, kneeFlexion: 27, shoulderFlexion: 80, elbowFlexion: 15 },
      },
      implement: [0, 1.2, 0.55],
    },
    {
      t: 2.3,
      phase: 'return',
      pose: {
        root: { yaw: -20, pitch: 38 },
        thoracic: { rotation: 24, flexion: 8 },
        lumbar: { rotation: 6, flexion: 8 },
        left: { hipRotation: 16, hipFlexion: 66, kneeFlexion: 50, shoulderFlexion: 50, elbowFlexion: 10 },
        right: { hipRotation: -16, hipFlexion: 62, kneeFlexion: 50, shoulderFlexion: 50, elbowFlexion: 10 },
      },
      implement: [-0.36, 0.63, 0.36],
    },
    {
      t: 2.9,
      phase: 'return',
      pose: {
        root: { yaw: -6, pitch: 14 },
        thoracic: { rotation: 8, flexion: 3 },
        lumbar: { rotation: 2, flexion: 3 },
        left: { hipRotation: 5, hipFlexion: 28, kneeFlexion: 25, shoulderFlexion: 60, elbowFlexion: 40 },
        right: { hipRotation: -5, hipFlexion: 26, kneeFlexion: 26, shoulderFlexion: 60, elbowFlexion: 40 },
      },
      implement: [-0.1, 1.0, 0.5],
    },
    { t: 3.5, phase: 'return', pose: chest, implement: [0, 1.15, 0.36] },
  ],
  ...standingOnBothFeet({ halfWidth: 0.15, turnOutDeg: 10 }),
  implement: {
    equipment: 'dumbbell',
    mount: { kind: 'path' },
    hands: 'both',
    gripHalfWidth: 0.06,
    massOffset: [0, 0, 0],
    massKg: 8,
  },
  apparatus: [],
  spine: { neutralBand: [-5, 12] },
  notes: 'Both feet stay planted here; the content’s pivot on the back foot is left out so the contacts stay exact.',
};
