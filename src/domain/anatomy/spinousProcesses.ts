/**
 * Tips of the spinous processes, C7 to L5, on the midline. T7–L5 are the latissimus dorsi origins of the
 * Christophy 2012 model ('christophy-2012'), which arise from these tips, with the 3–4 mm side offset of the model
 * removed. T1–T6 are an estimate: spaced evenly between the C7 tip (see landmarks.ts) and the T7 tip, because
 * the model lumps the thorax into one body and gives no points there.
 */
import type { PathPoint } from './attachmentTypes';
import { christophyPoint } from './christophyPlacement';
import type { ChristophyBody } from './christophyFascicles';
import { AXIAL_BACK } from './landmarks';

/** Spinal levels that carry a spinous-process tip here. */
export type SpinousLevel =
  | 'C7'
  | 'T1'
  | 'T2'
  | 'T3'
  | 'T4'
  | 'T5'
  | 'T6'
  | 'T7'
  | 'T8'
  | 'T9'
  | 'T10'
  | 'T11'
  | 'T12'
  | 'L1'
  | 'L2'
  | 'L3'
  | 'L4'
  | 'L5';

// Latissimus origins of the model (body, local x, local y), one per level.
const MODEL_TIPS: readonly (readonly [SpinousLevel, ChristophyBody, number, number])[] = [
  ['T7', 'torso', -0.09173, 0.23001],
  ['T8', 'torso', -0.08268, 0.21088],
  ['T9', 'torso', -0.08, 0.18923],
  ['T10', 'torso', -0.0692, 0.15447],
  ['T11', 'torso', -0.06312, 0.12708],
  ['T12', 'torso', -0.05379, 0.10028],
  ['L1', 'lumbar1', -0.04121, -0.01126],
  ['L2', 'lumbar2', -0.04121, -0.01341],
  ['L3', 'lumbar3', -0.04121, -0.00327],
  ['L4', 'lumbar4', -0.04119, 0.00372],
  ['L5', 'lumbar5', -0.03448, 0.01844],
];

/** The joint that carries each level's vertebra. */
const CARRIER: Record<SpinousLevel, PathPoint['joint']> = {
  C7: 'neck',
  T1: 'T7',
  T2: 'T7',
  T3: 'T7',
  T4: 'T7',
  T5: 'T7',
  T6: 'T7',
  T7: 'T7',
  T8: 'T12',
  T9: 'T12',
  T10: 'T12',
  T11: 'T12',
  T12: 'T12',
  L1: 'L1',
  L2: 'L2',
  L3: 'L3',
  L4: 'L4',
  L5: 'L5',
};

function buildTips(): Record<SpinousLevel, PathPoint> {
  const tips = {} as Record<SpinousLevel, PathPoint>;
  for (const [level, body, x, y] of MODEL_TIPS) {
    tips[level] = { joint: CARRIER[level], position: christophyPoint(body, x, y, 0) };
  }
  tips.C7 = AXIAL_BACK.c7;
  const c7 = AXIAL_BACK.c7.position;
  const t7 = tips.T7.position;
  (['T1', 'T2', 'T3', 'T4', 'T5', 'T6'] as const).forEach((level, i) => {
    const f = (i + 1) / 7;
    // Estimate: the kyphosis bows the upper thoracic tips about 1 cm further back than the straight line.
    const bow = 0.01 * Math.sin(Math.PI * f);
    tips[level] = {
      joint: CARRIER[level],
      position: [0, c7[1] + (t7[1] - c7[1]) * f, c7[2] + (t7[2] - c7[2]) * f - bow],
    };
  });
  return tips;
}

/** Midline spinous-process tips in the bind pose. */
export const SPINOUS_TIPS: Readonly<Record<SpinousLevel, PathPoint>> = buildTips();
