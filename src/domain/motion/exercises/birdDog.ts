/**
 * Bird dog: from hands and knees, the right arm reaches forward and the left leg back until both are level with the
 * body, held for a second, then the other pair. 4.6 s a side. The back stays neutral (within 6° of standing, an
 * estimate) and the hips square; the supporting hand and knee stay put.
 */
import type { ExerciseMotion } from '../motionTypes';
import { ALL_FOURS, tuckedToes } from './quadruped';
import { palmDown } from './stances';

const reach = {
  right: { shoulderFlexion: 164, elbowFlexion: 2, forearmPronation: 90, wristFlexion: 0 },
  left: { hipFlexion: -12, kneeFlexion: 3, ankleDorsiflexion: -20, toeExtension: 0 },
};
// Hand and knee leave and meet the floor a little above it, so fingertips and toes never drag through it.
const lifting = {
  right: { shoulderFlexion: 88, elbowFlexion: 25, wristFlexion: -75 },
  left: { hipFlexion: 60, kneeFlexion: 95, ankleDorsiflexion: 0, toeExtension: 40 },
};
const landing = {
  right: { shoulderFlexion: 80, elbowFlexion: 16, wristFlexion: -80 },
  left: { hipFlexion: 62, kneeFlexion: 98, ankleDorsiflexion: 5, toeExtension: 50 },
};
const down = {
  right: { shoulderFlexion: 68, elbowFlexion: 4, wristFlexion: -76 },
  left: { hipFlexion: 76, kneeFlexion: 106, ankleDorsiflexion: 16, toeExtension: 85 },
};

export const birdDogMotion: ExerciseMotion = {
  id: 'bird-dog',
  sideDuration: 4.6,
  bothSides: true,
  base: ALL_FOURS,
  keys: [
    { t: 0, phase: 'setup', pose: {} },
    { t: 0.6, phase: 'brace', pose: {} },
    { t: 1.0, phase: 'reach', pose: {} },
    { t: 1.4, phase: 'reach', pose: lifting },
    { t: 2.2, phase: 'hold', pose: reach },
    { t: 3.2, phase: 'return', pose: {} },
    { t: 3.9, phase: 'return', pose: landing },
    { t: 4.4, phase: 'return', pose: down },
  ],
  anchor: { kind: 'position', joints: ['shin_right'], referenceKey: 0 },
  contacts: [
    palmDown('left', 0, undefined, 'pose'),
    palmDown('right', 0, ['setup', 'brace'], 'pose'),
    tuckedToes('right', 0),
    tuckedToes('left', 0, ['setup', 'brace']),
  ],
  apparatus: [{ equipment: 'mat', position: [0, 0, 0.05], yawDeg: 0 }],
  spine: { neutralBand: [-6, 6] },
  notes: 'All angles are estimates; the hand and knee that lift come back to the marks they left.',
};
