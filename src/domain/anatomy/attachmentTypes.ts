/** Types of the muscle attachment data (see attachments.ts). */
import type { ReferenceId } from '../content/references';
import type { JointName } from '../skeleton/joints';
import type { MuscleId, Side } from './ids';

/** A point in world space, metres (glTF axes: +Y up, +Z anterior, +X the figure's left). */
export type Vec3 = readonly [number, number, number];

/** One attachment or via point: where it sits in the bind pose, and the joint whose bone carries it. */
export interface PathPoint {
  joint: JointName;
  /** Bind-pose world position, metres. */
  position: Vec3;
}

/** One line of action, origin first, through any via points, to the insertion. */
export interface Fascicle {
  /** The model's fascicle name for modelled muscles, or a descriptive name for estimated ones. */
  name: string;
  points: readonly PathPoint[];
  /** Maximum isometric force of the model fascicle (N), where the model gives one. */
  maxForce?: number;
}

/** Where a muscle's attachment points come from. */
export type AttachmentSource = 'christophy-2012' | 'estimate';

/** Every fascicle of one muscle on one side. */
export interface MuscleAttachments {
  id: MuscleId;
  side: Side;
  source: AttachmentSource;
  refs: readonly ReferenceId[];
  /** Why estimated points sit where they do (all points of an estimated muscle; added via points otherwise). */
  estimate?: string;
  fascicles: readonly Fascicle[];
}
