/**
 * Romanian deadlift: from standing, hips back until the bar reaches the kneecaps, then stand. About 4.6 s a rep
 * (1.6 s down, 1.2 s up). The trunk angle at the bottom (≈60° from vertical) and the soft knees (≈18°) are
 * estimates (the reference set has no RDL joint angles); the lumbar spine stays within 12° of standing.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { standingOnBothFeet } from './stances';

const standing = {
  root: { pitch: 0 },
  lumbar: { flexion: 0 },
  neck: { flexion: 0 },
  ...bothSides({ hipFlexion: 0, kneeFlexion: 2 }),
};
const unlocked = { ...bothSides({ kneeFlexion: 10, hipFlexion: 3 }), root: { pitch: 0 } };
const bottom = {
  root: { pitch: 60 },
  lumbar: { flexion: 8 },
  thoracic: { flexion: 5 },
  neck: { flexion: -12 },
  ...bothSides({ hipFlexion: 78, kneeFlexion: 18 }),
};

export const romanianDeadliftMotion: ExerciseMotion = {
  id: 'romanian-deadlift',
  sideDuration: 4.6,
  bothSides: false,
  base: bothSides({ hipAbduction: 0, elbowFlexion: 3 }),
  keys: [
    { t: 0, phase: 'setup', pose: standing },
    { t: 0.8, phase: 'brace', pose: {} },
    { t: 1.2, phase: 'descent', pose: unlocked },
    { t: 2.8, phase: 'bottom', pose: bottom },
    { t: 3.2, phase: 'ascent', pose: {} },
    { t: 4.4, phase: 'ascent', pose: standing },
  ],
  ...standingOnBothFeet(),
  implement: {
    equipment: 'barbell',
    mount: { kind: 'verticalLine', z: 0.135 },
    hands: 'both',
    gripHalfWidth: 0.24,
    massOffset: [0, 0, 0],
    massKg: 60,
  },
  apparatus: [],
  spine: { neutralBand: [-5, 12] },
  notes: 'Estimates throughout; the bar stays on a vertical line against the thighs, as the content asks.',
};
