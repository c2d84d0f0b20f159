/**
 * Two-handed kettlebell swing, 1.8 s a swing: a hip hinge (McGill & Marshall's "hip-hinge squat pattern",
 * mcgill-marshall-2012) with a stance a little wider than the shoulders. No joint angles for the swing were found
 * (anatomy-data §6), so every angle here is an estimate; the lumbar spine stays within 12° of standing.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides, combine } from '../pose';
import { standingOnBothFeet } from './stances';

const arms = (shoulderFlexion: number) => bothSides({ shoulderFlexion, shoulderAbduction: -10, elbowFlexion: 4 });
const hike = combine(
  { root: { pitch: 58 }, lumbar: { flexion: 8 }, thoracic: { flexion: 6 }, neck: { flexion: -15 } },
  bothSides({ hipFlexion: 90, kneeFlexion: 30 }),
  arms(30),
);
const tall = {
  root: { pitch: -2 },
  lumbar: { flexion: 0 },
  thoracic: { flexion: 0 },
  neck: { flexion: 0 },
  ...bothSides({ hipFlexion: -2, kneeFlexion: 4 }),
};

export const kettlebellSwingMotion: ExerciseMotion = {
  id: 'kettlebell-swing',
  sideDuration: 1.8,
  bothSides: false,
  base: bothSides({ hipAbduction: 7, hipRotation: -10 }),
  keys: [
    { t: 0, phase: 'hike', pose: hike },
    {
      t: 0.25,
      phase: 'drive',
      pose: combine({ root: { pitch: 45 } }, bothSides({ hipFlexion: 70, kneeFlexion: 25 }), arms(45)),
    },
    { t: 0.65, phase: 'float', pose: combine(tall, arms(60)) },
    { t: 0.95, phase: 'float', pose: arms(90) },
    { t: 1.2, phase: 'descent', pose: arms(70) },
    {
      t: 1.5,
      phase: 'descent',
      pose: combine(
        { root: { pitch: 30 }, lumbar: { flexion: 4 } },
        bothSides({ hipFlexion: 50, kneeFlexion: 18 }),
        arms(35),
      ),
    },
  ],
  ...standingOnBothFeet({ halfWidth: 0.2, turnOutDeg: 15 }),
  implement: {
    equipment: 'kettlebell',
    mount: { kind: 'hands' },
    hands: 'both',
    gripHalfWidth: 0.04,
    massOffset: [0, -0.12, 0],
    massKg: 16,
  },
  apparatus: [],
  spine: { neutralBand: [-5, 12] },
  notes: 'Hinge pattern from mcgill-marshall-2012; all angles and the 16 kg bell are estimates.',
};
