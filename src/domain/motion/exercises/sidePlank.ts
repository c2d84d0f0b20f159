/**
 * Side plank on the right forearm, then the left: from lying on the side, the hips rise until the body is one line
 * from shoulder to ankle, hold 3 s, lower, lie down and roll through lying on the back to the other side. 8 s a side.
 * Lumbar side bend stays within 20° (inside christophy-2012 and pearcy-1985 limits once shared); angles are estimates.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';

const propped = {
  root: { x: 0, y: 0.2, z: 0, pitch: -90, roll: 90, tilt: -4 },
  lumbar: { lateralBend: -20 },
  thoracic: { lateralBend: -25 },
  ...bothSides({ hipFlexion: 0, kneeFlexion: 3 }),
  right: { shoulderFlexion: 8, shoulderAbduction: 82, elbowFlexion: 88, shoulderRotation: 30 },
  left: { shoulderAbduction: 8, elbowFlexion: 5 },
};
const line = {
  root: { tilt: -16 },
  lumbar: { lateralBend: 0 },
  thoracic: { lateralBend: 0 },
  right: { shoulderRotation: 5 },
};
const onBack = {
  root: { roll: 0, tilt: 0, y: 0.15 },
  lumbar: { lateralBend: 0 },
  thoracic: { lateralBend: 0 },
  right: { shoulderFlexion: 60, shoulderAbduction: 20, shoulderRotation: 0, elbowFlexion: 40 },
  left: { shoulderFlexion: 60, shoulderAbduction: 20, shoulderRotation: 0, elbowFlexion: 40 },
};

// The supporting arm lifts off the floor before the body lowers onto its side.
const armOut = {
  lumbar: { lateralBend: -14 },
  thoracic: { lateralBend: -18 },
  right: { shoulderFlexion: 90, shoulderAbduction: 60, shoulderRotation: 75, elbowFlexion: 60 },
};
// On the way to the other side, the left arm gets ready to take the weight.
const turningLeft = {
  root: { roll: -45, tilt: 2, y: 0.235 },
  lumbar: { lateralBend: 8 },
  thoracic: { lateralBend: 10 },
  left: { shoulderFlexion: 90, shoulderAbduction: 80, shoulderRotation: 75, elbowFlexion: 60 },
  right: { shoulderFlexion: 20, shoulderAbduction: 10, elbowFlexion: 10 },
};
// Between sides: lie down on the side with the lower arm stretched past the head, then roll onto the back.
const lyingOnSide = {
  root: { tilt: 0, y: 0.25 },
  lumbar: { lateralBend: 0 },
  thoracic: { lateralBend: 0 },
  right: { shoulderFlexion: 170, shoulderAbduction: 2, shoulderRotation: 0, elbowFlexion: 10 },
};

export const sidePlankMotion: ExerciseMotion = {
  id: 'side-plank',
  sideDuration: 8,
  bothSides: true,
  base: {},
  keys: [
    { t: 0, phase: 'setup', pose: propped },
    { t: 0.8, phase: 'lift', pose: {} },
    { t: 2.0, phase: 'hold', pose: line },
    { t: 5.0, phase: 'lower', pose: {} },
    {
      t: 5.8,
      phase: 'lower',
      pose: {
        root: { tilt: -4, y: 0.23 },
        lumbar: { lateralBend: -20 },
        thoracic: { lateralBend: -25 },
        right: { shoulderRotation: 30 },
      },
      free: true,
    },
    { t: 6.05, phase: 'lower', pose: armOut, free: true },
    { t: 6.5, phase: 'lower', pose: lyingOnSide, free: true },
    { t: 7.1, phase: 'lower', pose: onBack, free: true },
    { t: 7.6, phase: 'lower', pose: turningLeft, free: true },
  ],
  anchor: { kind: 'position', joints: ['foot_right'], target: [-0.077, 0.07, 0] },
  contacts: [
    { effector: 'hand_right', target: { kind: 'key', key: 0 }, holdOrientation: 'key', touches: ['hand_right'] },
    { effector: 'foot_right', target: { kind: 'key', key: 0 }, holdOrientation: 'key', touches: ['foot_right'] },
  ],
  apparatus: [{ equipment: 'mat', position: [0, 0, -0.95], yawDeg: 0 }],
  spine: { neutralBand: [-5, 5] },
  notes: 'All angles are estimates; between sides the figure rolls over through lying on its back.',
};
