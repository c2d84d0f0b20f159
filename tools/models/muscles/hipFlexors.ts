import { REST_POSITIONS } from '../../../src/domain/skeleton/restPose';
/** Psoas major (the model's eleven fascicles round an envelope belly) and iliacus (a fan over the iliac fossa). */
import { muscleAttachments } from '../../../src/domain/anatomy/attachments';
import type { Side } from '../../../src/domain/anatomy/ids';
import type { MeshPart } from '../meshPart';
import { envelopeBelly } from './belly';
import { boundFascicles, tintOf, tubesOf } from './common';
import { flatMuscle } from './flat';
import type { MuscleContext } from './context';
import { sidesFor } from './context';
import { spindle } from './loft';
import { musclePart } from './part';
import { radialFrom, trunkOutward } from './surfaces';

function psoas(ctx: MuscleContext, side: Side): MeshPart {
  const fascicles = boundFascicles(muscleAttachments('psoas-major', side));
  const radius = (force: number) => Math.max(0.003, 0.0008 * Math.sqrt(force));
  const tubes = tubesOf(fascicles, (f) => ({
    sides: sidesFor(ctx, 7),
    ringSpacing: ctx.detail.ringSpacing * 1.6,
    halfWidth: spindle(0.002, radius(f.fascicle.maxForce ?? 50)),
    flatten: 0.85,
    outward: trunkOutward,
    tendon: [0.06, 0.2],
    tint: tintOf(f.fascicle.name),
  }));
  const belly = envelopeBelly(fascicles, {
    sides: sidesFor(ctx, 14),
    ringSpacing: ctx.detail.ringSpacing * 1.2,
    step: 0.012,
    minCount: 3,
    radiusOf: (f) => radius(f.fascicle.maxForce ?? 50),
    widthShare: 0.7,
    thicknessShare: 0.7,
    outward: trunkOutward,
    tint: 0.9,
  });
  if (belly) tubes.push(belly);
  return musclePart('psoas-major', side, tubes);
}

function iliacus(ctx: MuscleContext, side: Side): MeshPart {
  const hip = REST_POSITIONS[side === 'left' ? 'thigh_left' : 'thigh_right'];
  // The fan lies in the bowl of the ilium, whose surface faces forwards, upwards and in.
  const centre = [hip[0] * 0.2, hip[1] + 0.12, hip[2] + 0.12] as const;
  return flatMuscle(
    ctx,
    'iliacus',
    side,
    { halfThickness: 0.007, edge: 0.5, tendon: [0.04, 0.32], shade: 0.97 },
    radialFrom(centre),
  );
}

/** Psoas major and iliacus, both sides. */
export function buildHipFlexors(ctx: MuscleContext): MeshPart[] {
  return (['left', 'right'] as const).flatMap((side) => [psoas(ctx, side), iliacus(ctx, side)]);
}
