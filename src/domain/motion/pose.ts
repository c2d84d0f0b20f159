/**
 * The pose format: anatomical degrees under named keys, plus the root placement in metres.
 * Sign conventions (the same as src/domain/anatomy/segments.ts): positive flexion bends forward, negative is
 * extension; positive lateral bend and rotation go to the figure's right. Limb angles are anatomical for their own
 * side (abduction away from the midline, rotation positive = internal), so mirroring only swaps the sides.
 */

/** Version of the serialised pose format; bump it when a key changes meaning. */
export const POSE_VERSION = 1;

/** Thrown when a stored pose was written for another version of the format. */
export class PoseVersionError extends Error {
  override name = 'PoseVersionError';
  constructor(found: unknown) {
    super(`Pose format version ${String(found)} does not match the supported version ${POSE_VERSION}`);
  }
}

/** Angles of one side's limbs, degrees. */
export interface LimbAngles {
  /** Thigh forward of the pelvis; negative is hip extension. */
  hipFlexion: number;
  /** Thigh away from the midline; negative is adduction. */
  hipAbduction: number;
  /** Positive internal, negative external rotation. */
  hipRotation: number;
  /** Negative is hyperextension. */
  kneeFlexion: number;
  /** Toes up; negative is plantarflexion. */
  ankleDorsiflexion: number;
  /** Toes bent up at the ball of the foot. */
  toeExtension: number;
  /** Shoulder girdle forward around the ribs (clavicle turned forward at the sternum), degrees. */
  shoulderProtraction: number;
  /** Shoulder girdle raised (clavicle turned up at the sternum), degrees. */
  shoulderElevation: number;
  /** Arm forward and up; negative is extension behind the body. */
  shoulderFlexion: number;
  /** Arm out to the side from hanging (0); negative brings it across the body. */
  shoulderAbduction: number;
  /** Positive internal, negative external rotation. */
  shoulderRotation: number;
  elbowFlexion: number;
  /** 0 = palm facing the thigh; positive turns the palm backward (pronation). */
  forearmPronation: number;
  /** Palm-side bend; negative is wrist extension. */
  wristFlexion: number;
}

/** Flexion, lateral bend and axial rotation of a spinal region, degrees. */
export interface SpineAngles {
  flexion: number;
  lateralBend: number;
  rotation: number;
}

/**
 * Where the pelvis is and how it is turned. Orientation is applied as yaw (about the vertical), then pitch (forward
 * tilt about the left–right axis), then roll (about the body's long axis, positive turning the front to the right),
 * then tilt (sideways lean, positive toward the right). Lying on the back is pitch −90°.
 */
export interface RootPlacement {
  /** Metres, world. */
  x: number;
  y: number;
  z: number;
  /** Degrees; positive turns the front toward the figure's left (+X). */
  yaw: number;
  pitch: number;
  roll: number;
  tilt: number;
}

/** A whole-body pose. */
export interface Pose {
  version: typeof POSE_VERSION;
  root: RootPlacement;
  lumbar: SpineAngles;
  thoracic: SpineAngles;
  neck: SpineAngles;
  left: LimbAngles;
  right: LimbAngles;
}

/** A pose written as changes to a base pose: any key may be left out. */
export interface PoseSpec {
  root?: Partial<RootPlacement>;
  lumbar?: Partial<SpineAngles>;
  thoracic?: Partial<SpineAngles>;
  neck?: Partial<SpineAngles>;
  left?: Partial<LimbAngles>;
  right?: Partial<LimbAngles>;
}

/** Limb angles with the arms hanging by the sides, 8° out so the hands clear the thighs. */
export function neutralLimb(): LimbAngles {
  return {
    hipFlexion: 0,
    hipAbduction: 0,
    hipRotation: 0,
    kneeFlexion: 0,
    ankleDorsiflexion: 0,
    toeExtension: 0,
    shoulderProtraction: 0,
    shoulderElevation: 0,
    shoulderFlexion: 0,
    shoulderAbduction: 8,
    shoulderRotation: 0,
    elbowFlexion: 5,
    forearmPronation: 0,
    wristFlexion: 0,
  };
}

/** Standing upright with the pelvis where the bind pose has it. */
export function neutralPose(rootX = 0, rootY = 0, rootZ = 0): Pose {
  return {
    version: POSE_VERSION,
    root: { x: rootX, y: rootY, z: rootZ, yaw: 0, pitch: 0, roll: 0, tilt: 0 },
    lumbar: { flexion: 0, lateralBend: 0, rotation: 0 },
    thoracic: { flexion: 0, lateralBend: 0, rotation: 0 },
    neck: { flexion: 0, lateralBend: 0, rotation: 0 },
    left: neutralLimb(),
    right: neutralLimb(),
  };
}

/** Throws PoseVersionError unless the value carries the supported version. */
export function assertPoseVersion(value: { version?: unknown }): void {
  if (value.version !== POSE_VERSION) throw new PoseVersionError(value.version);
}

/** A new pose: the base with the spec's keys written over it. */
export function mergePose(base: Pose, spec: PoseSpec): Pose {
  return {
    version: POSE_VERSION,
    root: { ...base.root, ...spec.root },
    lumbar: { ...base.lumbar, ...spec.lumbar },
    thoracic: { ...base.thoracic, ...spec.thoracic },
    neck: { ...base.neck, ...spec.neck },
    left: { ...base.left, ...spec.left },
    right: { ...base.right, ...spec.right },
  };
}

/** The same spec for both sides, for symmetric movements. */
export function bothSides(limb: Partial<LimbAngles>): Pick<PoseSpec, 'left' | 'right'> {
  return { left: { ...limb }, right: { ...limb } };
}

/** Several specs written over one another, key by key (later ones win), so limb parts can be combined. */
export function combine(...specs: PoseSpec[]): PoseSpec {
  const out: PoseSpec = {};
  for (const spec of specs) {
    if (spec.root) out.root = { ...out.root, ...spec.root };
    if (spec.lumbar) out.lumbar = { ...out.lumbar, ...spec.lumbar };
    if (spec.thoracic) out.thoracic = { ...out.thoracic, ...spec.thoracic };
    if (spec.neck) out.neck = { ...out.neck, ...spec.neck };
    if (spec.left) out.left = { ...out.left, ...spec.left };
    if (spec.right) out.right = { ...out.right, ...spec.right };
  }
  return out;
}
