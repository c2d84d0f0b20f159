/** What sampling an exercise at one instant returns; one object is reused frame after frame. */
import { Quaternion, Vector3 } from 'three';
import { DISC_IDS } from '../anatomy/ids';
import type { DiscId, MuscleId, Side } from '../anatomy/ids';
import type { LumbarAngles } from '../anatomy/segments';
import type { Contraction, PhaseId } from '../content/types';
import { JOINT_NAMES, jointIndex } from '../skeleton/joints';
import { REST_LANDMARKS } from '../skeleton/restPose';
import { createMuscleSamples } from './muscleStates';
import { neutralPose } from './pose';
import type { Pose } from './pose';

/** Named world points the viewer and the tests read. */
export const LANDMARK_NAMES = [
  ...(Object.keys(REST_LANDMARKS) as (keyof typeof REST_LANDMARKS)[]),
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
] as const;
export type LandmarkName = (typeof LANDMARK_NAMES)[number];

/** One muscle line's state. */
export interface MuscleSample {
  id: MuscleId;
  side: Side;
  /** Mean path length of its fascicles, metres (src/domain/anatomy/attachments.ts). */
  length: number;
  /** Rate of change of that length, metres per second. */
  velocity: number;
  /** Shortening = concentric, lengthening = eccentric, near still = isometric. */
  contraction: Contraction;
}

/** The held implement this frame. */
export interface ImplementSample {
  position: Vector3;
  rotation: Quaternion;
  massCentre: Vector3;
  gripLeft: Vector3;
  gripRight: Vector3;
}

export interface MotionSample {
  exerciseId: string;
  /** Time within the loop, seconds. */
  time: number;
  /** Loop length, seconds. */
  period: number;
  phase: PhaseId;
  /** 0 for the side the content describes, 1 for its mirror. */
  side: 0 | 1;
  /** Joint angles in degrees; limb angles are read back after contacts are solved. */
  pose: Pose;
  /** Segmental angles L1/L2 … L5/S1, degrees. */
  lumbarSegments: Record<DiscId, LumbarAngles>;
  /** Local joint rotations in JOINT_NAMES order (the pelvis carries the root orientation). */
  localRotations: Quaternion[];
  rootPosition: Vector3;
  /** World position of every joint, JOINT_NAMES order. */
  joints: Vector3[];
  landmarks: Record<LandmarkName, Vector3>;
  implement: ImplementSample | null;
  /**
   * Horizontal distance from the L5/S1 joint centre to the load's line of action, metres; null without a load.
   * Worked out when read, from the implement's centre of mass and the L5 joint, so the frame loop stores no number
   * that may be null (which the engine would box on every write).
   */
  readonly loadLeverArm: number | null;
  muscles: MuscleSample[];
}

const L5 = jointIndex('L5');

/**
 * The sample as a class so the lever arm can be a getter on the prototype: an accessor in the object itself would
 * make the engine keep every field boxed, and the frame loop writes numbers into them.
 */
class Sample implements MotionSample {
  exerciseId = '';
  time = 0;
  period = 0;
  phase: PhaseId = 'setup';
  side: 0 | 1 = 0;
  pose = neutralPose();
  lumbarSegments = Object.fromEntries(
    DISC_IDS.map((id) => [id, { flexion: 0, lateralBend: 0, rotation: 0 }]),
  ) as Record<DiscId, LumbarAngles>;
  localRotations = JOINT_NAMES.map(() => new Quaternion());
  rootPosition = new Vector3();
  joints = JOINT_NAMES.map(() => new Vector3());
  landmarks = Object.fromEntries(LANDMARK_NAMES.map((n) => [n, new Vector3()])) as Record<LandmarkName, Vector3>;
  implement: ImplementSample | null = null;
  muscles = createMuscleSamples();

  get loadLeverArm(): number | null {
    if (!this.implement) return null;
    const l5 = this.joints[L5];
    return Math.hypot(this.implement.massCentre.x - l5.x, this.implement.massCentre.z - l5.z);
  }
}

/** A fresh sample object to pass to sampleExercise and reuse. */
export function createMotionSample(): MotionSample {
  return new Sample();
}
