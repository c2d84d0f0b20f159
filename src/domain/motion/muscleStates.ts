/**
 * Muscle lengths and their rates of change for one frame, from the attachment paths in src/domain/anatomy.
 * A muscle counts as isometric while its length changes by less than 2% of itself per second (an estimate of
 * "still" that a hold passes and a slow lowering does not).
 */
import { MUSCLE_IDS } from '../anatomy/ids';
import { writeMuscleLength } from '../anatomy/attachments';
import type { Matrix4 } from 'three';
import type { MuscleSample } from './sampleTypes';

const ISOMETRIC_RATE = 0.02;
/**
 * Time step for muscle rates of change, seconds (one 60 Hz frame). A constant here rather than a parameter: a number
 * passed to a call the compiler does not inline is boxed on the heap (see frameMath.ts).
 */
export const RATE_STEP = 1 / 60;
/** This frame's length and the one RATE_STEP later. */
const lengths = new Float64Array(2);

/** One sample per muscle and side, in MUSCLE_IDS order, left then right. */
export function createMuscleSamples(): MuscleSample[] {
  return MUSCLE_IDS.flatMap((id) =>
    (['left', 'right'] as const).map((side) => ({
      id,
      side,
      length: 0,
      velocity: 0,
      contraction: 'isometric' as const,
    })),
  );
}

/** Fills lengths at `now` and rates from the difference to `ahead`, RATE_STEP seconds later. */
export function fillMuscles(now: readonly Matrix4[], ahead: readonly Matrix4[], out: MuscleSample[]): void {
  const dt = RATE_STEP;
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    writeMuscleLength(m.id, m.side, now, lengths, 0);
    writeMuscleLength(m.id, m.side, ahead, lengths, 1);
    const length = lengths[0];
    const next = lengths[1];
    m.length = length;
    m.velocity = (next - length) / dt;
    const rate = length > 0 ? m.velocity / length : 0;
    m.contraction = rate > ISOMETRIC_RATE ? 'eccentric' : rate < -ISOMETRIC_RATE ? 'concentric' : 'isometric';
  }
}
