import { DISC_IDS, type DiscId, type MuscleId } from '../domain/anatomy/ids';

/** One lumbar segment in the live readout. */
export interface SegmentReading {
  segment: DiscId;
  /** Degrees; positive is flexion, negative extension. */
  flexion: number;
  /** In-vivo limits for this segment, degrees (positive numbers). */
  maxFlexion: number;
  maxExtension: number;
}

/** One loaded muscle in the live readout. */
export interface MuscleReading {
  muscle: MuscleId;
  /** Rate of length change in mm/s: positive lengthening, negative shortening. */
  lengthRate: number;
}

/**
 * The live lower-back readout, written by the scene every frame and read by the overlay on its own animation
 * frame. Like the playback clock it bypasses React on purpose; `version` grows with every write.
 */
export const liveReadout = {
  version: 0,
  active: false,
  segments: DISC_IDS.map((segment) => ({ segment, flexion: 0, maxFlexion: 1, maxExtension: 1 })) as SegmentReading[],
  /** Hip flexion in degrees, mean of both sides. */
  hipFlexion: 0,
  /** Total lumbar flexion relative to standing, degrees. */
  lumbarFlexion: 0,
  /** True while total lumbar motion stays within the neutral band. */
  spineNeutral: true,
  muscles: [] as MuscleReading[],
};
