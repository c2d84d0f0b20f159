/**
 * Single-leg Romanian deadlift, right foot down and the dumbbell in the left hand first, then the mirror image.
 * 5.4 s a side, the bell passing between the hands in front between sides. The free leg stays in line with the
 * trunk and the hips stay level; angles are estimates and the lumbar spine stays within 12° of standing.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides, combine } from '../pose';
import { ARM_HANGING, HANDS_TOGETHER } from './postures';
import { plantedFoot, standingOnOneFoot } from './stances';

const standing = {
  root: { pitch: 0 },
  lumbar: { flexion: 0 },
  thoracic: { flexion: 0 },
  neck: { flexion: 0 },
  ...bothSides({ hipFlexion: 0, kneeFlexion: 3, ankleDorsiflexion: 3, shoulderFlexion: 0 }),
};
const bottom = {
  root: { pitch: 72 },
  lumbar: { flexion: 7 },
  thoracic: { flexion: 5 },
  neck: { flexion: -15 },
  right: { hipFlexion: 90, kneeFlexion: 20 },
  left: { hipFlexion: -2, kneeFlexion: 10, ankleDorsiflexion: 5, shoulderFlexion: 80 },
};

const oneFoot = standingOnOneFoot('right');

export const singleLegRomanianDeadliftMotion: ExerciseMotion = {
  id: 'single-leg-romanian-deadlift',
  sideDuration: 5.4,
  bothSides: true,
  base: bothSides({ shoulderAbduction: 6, elbowFlexion: 4 }),
  keys: [
    // Each side starts and ends with the hands together in front, where the bell passes to the other hand.
    { t: 0, phase: 'setup', pose: combine(standing, bothSides(HANDS_TOGETHER)) },
    { t: 0.7, phase: 'setup', pose: bothSides({ ...ARM_HANGING, shoulderAbduction: 6 }) },
    {
      t: 1.2,
      phase: 'brace',
      pose: { right: { kneeFlexion: 12 }, left: { kneeFlexion: 26, hipFlexion: 8, ankleDorsiflexion: 15 } },
    },
    { t: 1.5, phase: 'descent', pose: {} },
    { t: 3.0, phase: 'bottom', pose: bottom },
    { t: 3.5, phase: 'ascent', pose: {} },
    {
      t: 4.3,
      phase: 'ascent',
      pose: {
        root: { pitch: 8 },
        lumbar: { flexion: 1 },
        thoracic: { flexion: 1 },
        neck: { flexion: -2 },
        right: { hipFlexion: 12, kneeFlexion: 8 },
        left: { hipFlexion: 10, kneeFlexion: 28, ankleDorsiflexion: 15, shoulderFlexion: 8 },
      },
    },
    { t: 4.7, phase: 'ascent', pose: standing },
  ],
  anchor: oneFoot.anchor,
  contacts: [...oneFoot.contacts, plantedFoot('left', {}, ['setup'])],
  implement: {
    equipment: 'dumbbell',
    mount: { kind: 'hands' },
    hands: 'left',
    gripHalfWidth: 0,
    massOffset: [0, 0, 0],
    massKg: 12,
  },
  apparatus: [],
  spine: { neutralBand: [-5, 12] },
  notes: 'All angles are estimates.',
};
