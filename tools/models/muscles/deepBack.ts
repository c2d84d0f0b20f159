/** Multifidus and quadratus lumborum: many short fascicles, each muscle filled out by an envelope belly. */
import { muscleAttachments } from '../../../src/domain/anatomy/attachments';
import type { Side } from '../../../src/domain/anatomy/ids';
import type { MeshPart } from '../meshPart';
import { envelopeBelly } from './belly';
import { boundFascicles, tintOf, tubesOf } from './common';
import type { MuscleContext } from './context';
import { sidesFor } from './context';
import { spindle } from './loft';
import { musclePart } from './part';
import { backward, trunkOutward } from './surfaces';

function multifidus(ctx: MuscleContext, side: Side): MeshPart {
  const fascicles = boundFascicles(muscleAttachments('multifidus', side));
  const radius = (force: number) => Math.max(0.003, 0.0011 * Math.sqrt(force));
  const tubes = tubesOf(fascicles, (f) => ({
    sides: sidesFor(ctx, 7),
    ringSpacing: ctx.detail.ringSpacing,
    halfWidth: spindle(0.0015, radius(f.fascicle.maxForce ?? 20)),
    flatten: 0.8,
    outward: backward,
    tendon: [0.1, 0.12],
    tint: tintOf(f.fascicle.name) * 0.95,
  }));
  const belly = envelopeBelly(fascicles, {
    sides: sidesFor(ctx, 12),
    ringSpacing: ctx.detail.ringSpacing,
    step: 0.01,
    minCount: 4,
    radiusOf: (f) => radius(f.fascicle.maxForce ?? 20) * 0.8,
    widthShare: 0.8,
    thicknessShare: 0.75,
    outward: backward,
    tint: 0.84,
  });
  if (belly) tubes.push(belly);
  return musclePart('multifidus', side, tubes);
}

function quadratusLumborum(ctx: MuscleContext, side: Side): MeshPart {
  const fascicles = boundFascicles(muscleAttachments('quadratus-lumborum', side));
  const tubes = tubesOf(fascicles, (f) => ({
    sides: sidesFor(ctx, 6),
    ringSpacing: ctx.detail.ringSpacing * 1.2,
    halfWidth: spindle(0.0018, Math.max(0.003, 0.0011 * Math.sqrt(f.fascicle.maxForce ?? 10))),
    flatten: 0.45,
    outward: trunkOutward,
    tendon: [0.12, 0.12],
    tint: tintOf(f.fascicle.name) * 0.97,
  }));
  const belly = envelopeBelly(fascicles, {
    sides: sidesFor(ctx, 10),
    ringSpacing: ctx.detail.ringSpacing,
    step: 0.012,
    minCount: 4,
    radiusOf: () => 0.003,
    widthShare: 0.8,
    thicknessShare: 0.6,
    outward: trunkOutward,
    tint: 0.85,
  });
  if (belly) tubes.push(belly);
  return musclePart('quadratus-lumborum', side, tubes);
}

/** Multifidus and quadratus lumborum, both sides. */
export function buildDeepBack(ctx: MuscleContext): MeshPart[] {
  return (['left', 'right'] as const).flatMap((side) => [multifidus(ctx, side), quadratusLumborum(ctx, side)]);
}
