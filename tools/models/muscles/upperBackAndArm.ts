import { REST_POSITIONS } from '../../../src/domain/skeleton/restPose';
/**
 * Latissimus dorsi, trapezius, rhomboids and serratus anterior as sheets of strips over the trunk; deltoid as a
 * thick fan over the shoulder; biceps brachii as two heads.
 */
import { muscleAttachments } from '../../../src/domain/anatomy/attachments';
import type { MuscleId, Side } from '../../../src/domain/anatomy/ids';
import type { MeshPart } from '../meshPart';
import { boundFascicles, inOrder, tintOf, tubesOf } from './common';
import type { BoundFascicle } from './common';
import { flatMuscle } from './flat';
import type { FlatLook } from './flat';
import type { MuscleContext } from './context';
import { sidesFor } from './context';
import { spindle } from './loft';
import { musclePart } from './part';
import { limbOutward, radialFrom, trunkOutward } from './surfaces';

type SheetId = 'latissimus-dorsi' | 'trapezius' | 'rhomboids' | 'serratus-anterior' | 'deltoid';

const SHEETS: Record<SheetId, FlatLook> = {
  // Most latissimus lines run humerus-first in the model; the spinal end is the long thoracolumbar fascia.
  'latissimus-dorsi': { halfThickness: 0.0045, edge: 0.45, tendon: [0.12, 0.3], shade: 1.02, columnScale: 1.6 },
  trapezius: { halfThickness: 0.0045, edge: 0.45, tendon: [0.07, 0.06], shade: 1.04, columnScale: 1.5 },
  rhomboids: { halfThickness: 0.005, edge: 0.45, tendon: [0.1, 0.06], shade: 0.92 },
  'serratus-anterior': { halfThickness: 0.0045, edge: 0.4, tendon: [0.05, 0.08], shade: 0.95 },
  deltoid: { halfThickness: 0.012, edge: 0.5, tendon: [0.06, 0.14], shade: 1.02 },
};

/**
 * Latissimus as one sheet from its spinal origins (T7 down to L5), plus the iliac and rib slips as strips of
 * their own: their model lines cross the lumbar ones, and one sheet through all of them would fold.
 */
const LATISSIMUS_SPINAL = ['T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'].map((s) => `LD_${s}`);

function latissimusGroups(fascicles: BoundFascicle[]): BoundFascicle[][] {
  const spinal = inOrder(
    fascicles.filter((f) => LATISSIMUS_SPINAL.includes(f.fascicle.name)),
    LATISSIMUS_SPINAL,
  );
  return [spinal, ...fascicles.filter((f) => !LATISSIMUS_SPINAL.includes(f.fascicle.name)).map((f) => [f])];
}

function sheet(ctx: MuscleContext, id: SheetId, side: Side): MeshPart {
  const shoulder = REST_POSITIONS[side === 'left' ? 'upperArm_left' : 'upperArm_right'];
  const outward = id === 'deltoid' ? radialFrom(shoulder) : trunkOutward;
  return flatMuscle(ctx, id, side, SHEETS[id], outward, id === 'latissimus-dorsi' ? latissimusGroups : undefined);
}

function biceps(ctx: MuscleContext, side: Side): MeshPart {
  const fascicles = boundFascicles(muscleAttachments('biceps-brachii', side));
  const shoulder = REST_POSITIONS[side === 'left' ? 'upperArm_left' : 'upperArm_right'];
  const elbow = REST_POSITIONS[side === 'left' ? 'forearm_left' : 'forearm_right'];
  const tubes = tubesOf(fascicles, (f) => ({
    sides: sidesFor(ctx, 10),
    ringSpacing: ctx.detail.ringSpacing,
    halfWidth: spindle(0.0025, 0.012),
    flatten: 0.8,
    outward: limbOutward(shoulder, elbow),
    tendon: [0.22, 0.16],
    tint: tintOf(f.fascicle.name),
  }));
  return musclePart('biceps-brachii', side, tubes);
}

const UPPER: readonly MuscleId[] = [
  'latissimus-dorsi',
  'trapezius',
  'rhomboids',
  'serratus-anterior',
  'deltoid',
  'biceps-brachii',
];

/** Upper back, shoulder and arm muscles, both sides. */
export function buildUpperBackAndArm(ctx: MuscleContext): MeshPart[] {
  return (['left', 'right'] as const).flatMap((side) =>
    UPPER.map((id) => (id === 'biceps-brachii' ? biceps(ctx, side) : sheet(ctx, id as SheetId, side))),
  );
}
