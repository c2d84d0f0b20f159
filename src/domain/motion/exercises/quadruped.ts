/** Hands-and-knees set-up shared by cat-cow and bird dog: knees under the hips, hands a little ahead of the shoulders. */
import type { Contact } from '../motionTypes';
import type { PoseSpec } from '../pose';
import { bothSides } from '../pose';

/**
 * Trunk rising 14° toward the shoulders (the arms are longer than the thighs), thighs vertical, knee joint centres
 * about 5 cm off the floor, toes tucked. Estimates.
 */
export const ALL_FOURS: PoseSpec = {
  root: { x: 0, y: 0.476, z: 0, pitch: 76 },
  lumbar: { flexion: 0 },
  thoracic: { flexion: 0 },
  neck: { flexion: -10 },
  ...bothSides({
    hipFlexion: 76,
    kneeFlexion: 106,
    ankleDorsiflexion: 16,
    toeExtension: 85,
    shoulderFlexion: 68,
    shoulderAbduction: 4,
    elbowFlexion: 4,
    // Palm on the floor, fingers forward: the forearm turned palm-back, the wrist bent back nearly square.
    forearmPronation: 90,
    wristFlexion: -76,
  }),
};

/** A foot on its tucked toes where it is in key `key`. */
export function tuckedToes(side: 'left' | 'right', key: number, phases?: Contact['phases']): Contact {
  return {
    effector: `foot_${side}`,
    target: { kind: 'key', key },
    holdOrientation: 'key',
    toesFlat: true,
    touches: [`toes_${side}`, `shin_${side}`],
    ...(phases ? { phases } : {}),
  };
}
