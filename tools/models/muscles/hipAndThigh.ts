import { REST_POSITIONS } from '../../../src/domain/skeleton/restPose';
/**
 * Gluteals (gluteus maximus as a thick sheet over the buttock, gluteus medius as a fan over the ilium) and the
 * thigh: hamstrings, adductor magnus and quadriceps as bundles of spindle-shaped heads.
 */
import { muscleAttachments } from '../../../src/domain/anatomy/attachments';
import type { MuscleId, Side } from '../../../src/domain/anatomy/ids';
import type { MeshPart } from '../meshPart';
import { boundFascicles, tintOf, tubesOf } from './common';
import { flatMuscle } from './flat';
import type { FlatLook } from './flat';
import type { MuscleContext } from './context';
import { sidesFor } from './context';
import { spindle } from './loft';
import { musclePart } from './part';
import { limbOutward, radialFrom } from './surfaces';

const FANS: Record<'gluteus-maximus' | 'gluteus-medius' | 'adductor-magnus', FlatLook> = {
  'gluteus-maximus': { halfThickness: 0.017, edge: 0.5, tendon: [0.06, 0.16], shade: 1 },
  'gluteus-medius': { halfThickness: 0.011, edge: 0.5, tendon: [0.04, 0.2], shade: 0.93 },
  'adductor-magnus': { halfThickness: 0.012, edge: 0.45, tendon: [0.06, 0.12], shade: 0.9, columnScale: 1.5 },
};

function fan(ctx: MuscleContext, id: keyof typeof FANS, side: Side): MeshPart {
  const hip = REST_POSITIONS[side === 'left' ? 'thigh_left' : 'thigh_right'];
  const knee = REST_POSITIONS[side === 'left' ? 'shin_left' : 'shin_right'];
  // The buttock and the outer ilium curve round the hip joint; the adductor lies along the femur.
  const outward = id === 'adductor-magnus' ? limbOutward(hip, knee) : radialFrom([hip[0] * 0.6, hip[1] + 0.02, hip[2]]);
  return flatMuscle(ctx, id, side, FANS[id], outward);
}

/** Belly half-width of each head of the bundles, metres (estimates sized to a lean adult thigh). */
const HEADS: Record<string, number> = {
  biceps_femoris_long_head: 0.017,
  semitendinosus: 0.014,
  semimembranosus: 0.017,
  rectus_femoris: 0.018,
  vastus_lateralis: 0.026,
  vastus_medialis: 0.022,
  vastus_intermedius: 0.018,
};

function bundle(ctx: MuscleContext, id: 'hamstrings' | 'quadriceps', side: Side): MeshPart {
  const fascicles = boundFascicles(muscleAttachments(id, side));
  const hip = REST_POSITIONS[side === 'left' ? 'thigh_left' : 'thigh_right'];
  const knee = REST_POSITIONS[side === 'left' ? 'shin_left' : 'shin_right'];
  const tubes = tubesOf(fascicles, (f) => ({
    sides: sidesFor(ctx, 12),
    ringSpacing: ctx.detail.ringSpacing * 1.3,
    halfWidth: spindle(0.0035, HEADS[f.fascicle.name] ?? 0.015),
    flatten: 0.75,
    outward: limbOutward(hip, knee),
    // The hamstrings have long distal tendons; the quadriceps end in the patellar tendon.
    tendon: id === 'hamstrings' ? [0.08, 0.22] : [0.05, 0.2],
    tint: tintOf(f.fascicle.name) * (id === 'hamstrings' ? 0.95 : 1),
  }));
  return musclePart(id, side, tubes);
}

const HIP_AND_THIGH: readonly MuscleId[] = [
  'gluteus-maximus',
  'gluteus-medius',
  'hamstrings',
  'adductor-magnus',
  'quadriceps',
];

/** Gluteals and thigh muscles, both sides. */
export function buildHipAndThigh(ctx: MuscleContext): MeshPart[] {
  return (['left', 'right'] as const).flatMap((side) =>
    HIP_AND_THIGH.map((id) =>
      id === 'hamstrings' || id === 'quadriceps' ? bundle(ctx, id, side) : fan(ctx, id as keyof typeof FANS, side),
    ),
  );
}
