import { SEGMENTS } from '../../domain/anatomy/segments';
import type { Exercise } from '../../domain/content/types';
import type { MotionSample } from '../../domain/motion';
import { liveReadout } from '../../state/liveReadout';

/** Total lumbar flexion within this many degrees of standing counts as a neutral spine (an estimate). */
export const NEUTRAL_SPINE_BAND_DEG = 10;

/** Copies what the readout shows from a motion sample, without allocating. */
export function writeReadout(sample: MotionSample, exercise: Exercise) {
  liveReadout.active = true;
  for (let i = 0; i < SEGMENTS.length; i++) {
    const segment = SEGMENTS[i];
    const reading = liveReadout.segments[i];
    reading.flexion = sample.lumbarSegments[segment.id].flexion;
    reading.maxFlexion = segment.maxFlexionDeg;
    reading.maxExtension = segment.maxExtensionDeg;
  }
  liveReadout.hipFlexion = (sample.pose.left.hipFlexion + sample.pose.right.hipFlexion) / 2;
  liveReadout.lumbarFlexion = sample.pose.lumbar.flexion;
  liveReadout.spineNeutral = Math.abs(sample.pose.lumbar.flexion) <= NEUTRAL_SPINE_BAND_DEG;

  // One reading per loaded muscle: the mean rate of its two sides, in mm/s.
  const loads = exercise.loads;
  if (liveReadout.muscles.length !== loads.length || liveReadout.muscles[0]?.muscle !== loads[0]?.muscle) {
    liveReadout.muscles = loads.map((l) => ({ muscle: l.muscle, lengthRate: 0 }));
  }
  // Index loops: a for…of allocates an iterator result per step until the compiler optimises it away, which at a
  // few frames a second can take a long while.
  const readings = liveReadout.muscles;
  const muscles = sample.muscles;
  for (let r = 0; r < readings.length; r++) {
    const reading = readings[r];
    let sum = 0;
    let count = 0;
    for (let i = 0; i < muscles.length; i++) {
      const m = muscles[i];
      if (m.id === reading.muscle) {
        sum += m.velocity;
        count++;
      }
    }
    reading.lengthRate = count ? (sum / count) * 1000 : 0;
  }
  liveReadout.version++;
}

/** The readout has nothing to show. */
export function clearReadout() {
  if (!liveReadout.active) return;
  liveReadout.active = false;
  liveReadout.version++;
}
