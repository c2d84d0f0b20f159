/**
 * Jefferson curl on a 0.30 m box (estimate: a low plyo box) with a light dumbbell: the spine rolls down from the
 * neck, through the thorax, into the lower back, and back up in reverse; 10.4 s a rep. The bottom reaches 60° of
 * lumbar flexion, most of the 70° model range (christophy-2012) and within the in-vivo 65.8° from standing
 * (bmc-msd-2008-regional); no study measures the Jefferson curl itself (anatomy-data §6).
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides, combine } from '../pose';
import { standingOnBothFeet } from './stances';

const BOX = 0.3;
const hands = (shoulderFlexion: number) => bothSides({ shoulderFlexion, shoulderAbduction: -12, elbowFlexion: 5 });
/** Arms a little forward of the trunk, so the bell hangs in front of the thighs rather than in them (estimate). */
const HANG = 18;

export const jeffersonCurlMotion: ExerciseMotion = {
  id: 'jefferson-curl',
  sideDuration: 10.4,
  bothSides: false,
  base: combine(bothSides({ kneeFlexion: 1 }), hands(HANG)),
  keys: [
    { t: 0, phase: 'setup', pose: {} },
    { t: 0.8, phase: 'round', pose: {} },
    { t: 1.8, phase: 'round', pose: combine({ neck: { flexion: 40 } }, hands(HANG + 2)) },
    { t: 3.2, phase: 'round', pose: combine({ thoracic: { flexion: 25 } }, hands(40)) },
    {
      t: 4.8,
      phase: 'bottom',
      // Hips at 90° with straight knees (a flexible lifter): the arms hang plumb and the bell drops past the feet.
      pose: combine({ lumbar: { flexion: 60 }, root: { pitch: 90 } }, bothSides({ hipFlexion: 90 }), hands(175)),
    },
    { t: 6.0, phase: 'ascent', pose: {} },
    {
      t: 7.6,
      phase: 'ascent',
      pose: combine({ lumbar: { flexion: 0 }, root: { pitch: 0 } }, bothSides({ hipFlexion: 0 }), hands(40)),
    },
    { t: 8.9, phase: 'ascent', pose: combine({ thoracic: { flexion: 0 } }, hands(HANG + 2)) },
    { t: 9.9, phase: 'ascent', pose: combine({ neck: { flexion: 0 } }, hands(HANG)) },
  ],
  ...standingOnBothFeet({ floorY: BOX }),
  implement: {
    equipment: 'dumbbell',
    mount: { kind: 'hands' },
    hands: 'both',
    gripHalfWidth: 0.04,
    massOffset: [0, -0.05, 0],
    massKg: 5,
  },
  apparatus: [
    { equipment: 'plyo-box', position: [0, 0, -0.05], yawDeg: 0, settings: { height: BOX, depth: 0.5, width: 0.6 } },
  ],
  spine: { minPeakFlexion: 55 },
  notes:
    'Segment-by-segment roll: neck, then thorax, then lumbar, and the reverse on the way up. Box height estimated.',
};
