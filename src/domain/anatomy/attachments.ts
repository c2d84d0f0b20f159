/**
 * Attachment and via points of every muscle, left and right, in the bind pose of our skeleton, and the muscle
 * length that the motion code reads every frame.
 *
 * Sources: the erector spinae (longissimus and iliocostalis parts), multifidus, quadratus lumborum, psoas,
 * rectus abdominis, the obliques and latissimus dorsi follow the Christophy 2012 model ('christophy-2012';
 * christophyFascicles.ts). Every other muscle is an estimate at textbook landmarks (estimated*.ts), and
 * so are the few via points added to modelled muscles; each says so in its `estimate` line.
 * Left sides are mirror images (x → −x) of the right.
 */
import { Vector3 } from 'three';
import type { Matrix4 } from 'three';
import { REST_POSITIONS } from '../skeleton/restPose';
import { jointIndex } from '../skeleton/joints';
import type { JointName } from '../skeleton/joints';
import type { Fascicle, MuscleAttachments, PathPoint } from './attachmentTypes';
import { christophyMuscles } from './christophyMuscles';
import type { RightSideMuscle } from './christophyMuscles';
import { ESTIMATED_ABDOMEN } from './estimatedAbdomen';
import { ESTIMATED_BACK } from './estimatedBack';
import { ESTIMATED_HIP } from './estimatedHip';
import { ESTIMATED_SHOULDER } from './estimatedShoulder';
import { ESTIMATED_THIGH } from './estimatedThigh';
import { MUSCLE_IDS } from './ids';
import type { MuscleId, Side } from './ids';

export type { AttachmentSource, Fascicle, MuscleAttachments, PathPoint, Vec3 } from './attachmentTypes';

const MODELLED = christophyMuscles();
const ESTIMATED: Record<Exclude<MuscleId, keyof typeof MODELLED>, RightSideMuscle> = {
  ...ESTIMATED_BACK,
  ...ESTIMATED_SHOULDER,
  ...ESTIMATED_HIP,
  ...ESTIMATED_THIGH,
  ...ESTIMATED_ABDOMEN,
};

/** The left-side twin of a right-side joint; axial joints are their own twin. */
function mirrorJoint(joint: JointName): JointName {
  return joint.endsWith('_right') ? (joint.replace(/_right$/, '_left') as JointName) : joint;
}

function mirrorPoint(p: PathPoint): PathPoint {
  return { joint: mirrorJoint(p.joint), position: [-p.position[0], p.position[1], p.position[2]] };
}

function toSide(id: MuscleId, side: Side): MuscleAttachments {
  const modelled = id in MODELLED;
  const right = modelled ? MODELLED[id as keyof typeof MODELLED] : ESTIMATED[id as keyof typeof ESTIMATED];
  const fascicles: Fascicle[] =
    side === 'right' ? [...right.fascicles] : right.fascicles.map((f) => ({ ...f, points: f.points.map(mirrorPoint) }));
  return {
    id,
    side,
    source: modelled ? 'christophy-2012' : 'estimate',
    refs: right.refs,
    ...(right.estimate === undefined ? {} : { estimate: right.estimate }),
    fascicles,
  };
}

/** Every muscle's attachments, by id and side. */
export const MUSCLE_ATTACHMENTS: Readonly<Record<MuscleId, Readonly<Record<Side, MuscleAttachments>>>> =
  Object.fromEntries(MUSCLE_IDS.map((id) => [id, { left: toSide(id, 'left'), right: toSide(id, 'right') }])) as Record<
    MuscleId,
    Record<Side, MuscleAttachments>
  >;

/** One muscle's attachments on one side. */
export function muscleAttachments(id: MuscleId, side: Side): MuscleAttachments {
  return MUSCLE_ATTACHMENTS[id][side];
}

/** Path points packed for the frame loop: per point, its joint index and its offset in that joint's frame. */
interface PackedMuscle {
  /** Points per fascicle. */
  counts: Uint16Array;
  joints: Uint16Array;
  /** Offsets from the joint in the bind pose (joint frames are parallel to the world there), xyz per point. */
  local: Float64Array;
}

function pack(m: MuscleAttachments): PackedMuscle {
  const points = m.fascicles.flatMap((f) => f.points);
  const local = new Float64Array(points.length * 3);
  points.forEach((p, i) => {
    const rest = REST_POSITIONS[p.joint];
    for (let k = 0; k < 3; k++) local[i * 3 + k] = p.position[k] - rest[k];
  });
  return {
    counts: Uint16Array.from(m.fascicles.map((f) => f.points.length)),
    joints: Uint16Array.from(points.map((p) => jointIndex(p.joint))),
    local,
  };
}

const PACKED: Record<MuscleId, Record<Side, PackedMuscle>> = Object.fromEntries(
  MUSCLE_IDS.map((id) => [id, { left: pack(MUSCLE_ATTACHMENTS[id].left), right: pack(MUSCLE_ATTACHMENTS[id].right) }]),
) as Record<MuscleId, Record<Side, PackedMuscle>>;

const current = new Vector3();
const previous = new Vector3();

/**
 * Length of a muscle in a pose (metres): each fascicle's path (the summed segments between its attachment and
 * via points) averaged over the muscle's fascicles. `jointWorldMatrices` are the joints' world matrices in
 * JOINT_NAMES order, as `worldMatrices` from src/domain/skeleton gives them.
 */
export function muscleLength(muscle: MuscleId, side: Side, jointWorldMatrices: readonly Matrix4[]): number {
  writeMuscleLength(muscle, side, jointWorldMatrices, single, 0);
  return single[0];
}

const single = new Float64Array(1);

/**
 * muscleLength written into `out[index]`, for the frame loop: it allocates nothing, where a returned number the
 * compiler does not inline would be boxed on the heap.
 */
export function writeMuscleLength(
  muscle: MuscleId,
  side: Side,
  jointWorldMatrices: readonly Matrix4[],
  out: Float64Array,
  index: number,
): void {
  const { counts, joints, local } = PACKED[muscle][side];
  let total = 0;
  let point = 0;
  for (let f = 0; f < counts.length; f++) {
    for (let i = 0; i < counts[f]; i++, point++) {
      // Field by field: numbers handed to set() are boxed when it is not inlined.
      current.x = local[point * 3];
      current.y = local[point * 3 + 1];
      current.z = local[point * 3 + 2];
      current.applyMatrix4(jointWorldMatrices[joints[point]]);
      if (i > 0) {
        const dx = current.x - previous.x;
        const dy = current.y - previous.y;
        const dz = current.z - previous.z;
        total += Math.sqrt(dx * dx + dy * dy + dz * dz);
      }
      previous.copy(current);
    }
  }
  out[index] = total / counts.length;
}
