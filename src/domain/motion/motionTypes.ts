/** Keyframed motion of one exercise, as data: keys in anatomical degrees, anchors, contacts and the held implement. */
import type { EquipmentId, PhaseId } from '../content/types';
import type { JointName } from '../skeleton/joints';
import type { PoseSpec } from './pose';

/** A point in world space, metres. */
export type Vec3 = readonly [number, number, number];

/** One keyframe: the pose reached at time `t`, and the phase that runs from this key to the next. */
export interface MotionKey {
  /** Seconds from the start of the side. */
  t: number;
  phase: PhaseId;
  pose: PoseSpec;
  /** World position of a path-mounted implement at this key (metres). */
  implement?: Vec3;
  /** Contacts are not enforced from this key to the next (the figure is repositioning, e.g. rolling over). */
  free?: boolean;
}

/** How the pelvis is placed each frame. */
export type Anchor =
  /** The root follows its channels (lying, sitting): nothing to solve. */
  | { kind: 'root' }
  /** The mean of these joints' positions stays at `target` (or where it is in key `referenceKey`). */
  | { kind: 'position'; joints: readonly JointName[]; target?: Vec3; referenceKey?: number }
  /** This joint keeps its world position and orientation from key `referenceKey`; the pelvis follows from it. */
  | { kind: 'transform'; joint: JointName; referenceKey: number };

/** Limb ends that contacts can hold. */
export type Effector = 'foot_left' | 'foot_right' | 'hand_left' | 'hand_right';

/** A limb end held in place on the floor or an apparatus while its phases run. */
export interface Contact {
  effector: Effector;
  /** Where the end joint goes: explicit (world) or where it is in a reference key. */
  target: { kind: 'point'; position: Vec3 } | { kind: 'key'; key: number };
  /** The end segment's world orientation is held too (flat foot, flat palm). */
  holdOrientation: 'flat' | 'key' | 'none';
  /** Foot turn-out for 'flat' feet, degrees (toes outward). */
  turnOutDeg?: number;
  /** The toes segment lies flat on the floor (on the balls of the feet). */
  toesFlat?: boolean;
  /** Phases in which the contact holds; all phases when left out. */
  phases?: readonly PhaseId[];
  /** Which part touches, for the tests: joints and/or landmarks that must not move while planted. */
  touches: readonly string[];
}

/** Where a held implement sits. */
export type ImplementMount =
  /** At the grip centre of the holding hand(s). */
  | { kind: 'hands' }
  /** A barbell kept on a vertical line at this forward position; the hands are solved onto it with long arms. */
  | { kind: 'verticalLine'; z: number }
  /** Carried by a joint (e.g. a bar on the upper back), offset in that joint's frame; the hands are solved to it. */
  | { kind: 'joint'; joint: JointName; offset: Vec3 }
  /** Follows the `implement` positions of the keys; the hands are solved to it. */
  | { kind: 'path' };

/** The object the figure holds, if any. */
export interface ImplementSpec {
  equipment: EquipmentId;
  mount: ImplementMount;
  /** Which hands hold it. */
  hands: 'both' | 'left' | 'right';
  /** Half the distance between the two grips along the implement's axis (metres). */
  gripHalfWidth: number;
  /** Centre of mass relative to the grip centre, in the implement frame (metres), e.g. a kettlebell's bell. */
  massOffset: Vec3;
  /** Load in kilograms when known (for the lever-arm readout); an estimate of a typical training load. */
  massKg?: number;
}

/** Equipment that stays put during the exercise (box, station, bench, mat). */
export interface ApparatusPlacement {
  equipment: EquipmentId;
  /** World position of the apparatus origin (its floor centre), metres. */
  position: Vec3;
  /** Turn about the vertical, degrees. */
  yawDeg: number;
  /** Size-dependent settings the scene needs, metres (e.g. box height). */
  settings?: Readonly<Record<string, number>>;
  /** Moves to the mirror-image position for the second side (e.g. a pulley beside the working arm). */
  mirrorWithSide?: boolean;
}

/** What the tests hold the spine to in this exercise. */
export interface SpineExpectation {
  /** Total lumbar flexion must stay within [min, max] degrees of standing; an estimate of "near neutral". */
  neutralBand?: readonly [number, number];
  /** Total lumbar flexion must reach at least this (e.g. the Jefferson curl). */
  minPeakFlexion?: number;
  /** Total lumbar extension must reach at least this (degrees, positive). */
  minPeakExtension?: number;
}

/** The full motion of one exercise. */
export interface ExerciseMotion {
  /** The content exercise id. */
  id: string;
  /** Keys of one side (or of the whole loop when `bothSides` is false), ascending in time from 0. */
  keys: readonly MotionKey[];
  /** Seconds for one side; the loop closes back to key 0 at this time. */
  sideDuration: number;
  /** Play the keys, then their mirror image (for exercises done on each side). */
  bothSides: boolean;
  /** Base pose the keys are written over. */
  base: PoseSpec;
  anchor: Anchor;
  contacts: readonly Contact[];
  implement?: ImplementSpec;
  apparatus: readonly ApparatusPlacement[];
  spine: SpineExpectation;
  /** Why the numbers are what they are: sources and estimates, in a sentence or two. */
  notes: string;
}
