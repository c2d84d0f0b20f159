/**
 * Cat-cow on hands and knees, 8 s a breath cycle: the lower back sags into extension (cow, −18°) and rounds into
 * flexion (cat, +34°), with the pelvis tilting, the thorax and neck following and the shoulder blades pushing the floor away in the cat. Both ends sit inside the whole-lumbar
 * range from standing (bmc-msd-2008-regional: 65.8° flexion, 29.5° extension) and the model limits (christophy-2012);
 * no cat-cow study gives numbers (anatomy-data §6), so the amplitudes are estimates. Hands and knees stay put.
 */
import type { ExerciseMotion } from '../motionTypes';
import { bothSides } from '../pose';
import { ALL_FOURS, tuckedToes } from './quadruped';
import { palmDown } from './stances';

const flat = {
  root: { pitch: 76 },
  lumbar: { flexion: 0 },
  thoracic: { flexion: 0 },
  neck: { flexion: -10 },
  ...bothSides({ hipFlexion: 76, shoulderProtraction: 0, shoulderElevation: 0 }),
};

export const catCowMotion: ExerciseMotion = {
  id: 'cat-cow',
  sideDuration: 8,
  bothSides: false,
  base: ALL_FOURS,
  keys: [
    { t: 0, phase: 'setup', pose: {} },
    { t: 0.6, phase: 'arch', pose: {} },
    {
      t: 2.6,
      phase: 'arch',
      pose: {
        root: { pitch: 90 },
        lumbar: { flexion: -18 },
        thoracic: { flexion: -4 },
        neck: { flexion: -25 },
        ...bothSides({ hipFlexion: 90, shoulderProtraction: -6 }),
      },
    },
    { t: 3.2, phase: 'round', pose: {} },
    {
      t: 5.4,
      phase: 'round',
      pose: {
        root: { pitch: 46 },
        lumbar: { flexion: 34 },
        thoracic: { flexion: 18 },
        neck: { flexion: 30 },
        ...bothSides({ hipFlexion: 46, shoulderProtraction: 8, shoulderElevation: 12 }),
      },
    },
    { t: 6.0, phase: 'return', pose: {} },
    { t: 7.6, phase: 'return', pose: flat },
  ],
  anchor: { kind: 'position', joints: ['shin_left', 'shin_right'], referenceKey: 0 },
  contacts: [palmDown('left', 0), palmDown('right', 0), tuckedToes('left', 0), tuckedToes('right', 0)],
  apparatus: [{ equipment: 'mat', position: [0, 0, 0.05], yawDeg: 0 }],
  spine: { minPeakFlexion: 30, minPeakExtension: 15 },
  notes: 'Amplitudes are estimates inside the cited ranges.',
};
