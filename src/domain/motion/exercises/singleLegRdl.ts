/**
 * Single-leg Romanian deadlift, right foot down and the dumbbell in the left hand first, then the mirror image.
 * 4.6 s a side. The free leg stays in line with the trunk and the hips stay level; angles are estimates and the
 * lumbar spine stays within 12° of standing.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
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
  sideDuration: 4.6,
  bothSides: true,
  base: bothSides({ shoulderAbduction: 6, elbowFlexion: 4 }),
  keys: [
    { t: 0, phase: 'setup', pose: standing },
    {
      t: 0.6,
      phase: 'brace',
      pose: { right: { kneeFlexion: 12 }, left: { kneeFlexion: 26, hipFlexion: 8, ankleDorsiflexion: 15 } },
    },
    { t: 1.0, phase: 'descent', pose: {} },
    { t: 2.6, phase: 'bottom', pose: bottom },
    { t: 3.1, phase: 'ascent', pose: {} },
    {
      t: 4.0,
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
    { t: 4.4, phase: 'ascent', pose: standing },
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
