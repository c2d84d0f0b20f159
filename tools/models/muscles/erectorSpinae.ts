/**
 * The erector spinae: spinalis (medial), longissimus (middle, the largest) and iliocostalis (lateral), each a
 * bundle of its fascicles around a belly that fills the gutter between them, so each reads as one column from a
 * distance and as fascicles up close.
 */
import { muscleAttachments } from '../../../src/domain/anatomy/attachments';
import type { MuscleId, Side } from '../../../src/domain/anatomy/ids';
import type { MeshPart } from '../meshPart';
import { envelopeBelly } from './belly';
import { boundFascicles, tintOf, tubesOf } from './common';
import type { BoundFascicle } from './common';
import type { MuscleContext } from './context';
import { sidesFor } from './context';
import { spindle } from './loft';
import { musclePart } from './part';
import { trunkOutward } from './surfaces';

/** Look of one erector part. Radii in metres. */
interface ColumnLook {
  /** Belly radius per √N of the model's maximum force (cross-section grows with force). */
  radiusPerRootNewton: number;
  /** Radius used where the model gives no force (spinalis). */
  radius: number;
  flatten: number;
  tendon: readonly [number, number];
  /** Brightness of the whole part, so neighbouring columns differ a little. */
  shade: number;
  belly: boolean;
}

const LOOKS: Record<(typeof ERECTOR_IDS)[number], ColumnLook> = {
  spinalis: { radiusPerRootNewton: 0, radius: 0.0055, flatten: 0.8, tendon: [0.14, 0.14], shade: 1.25, belly: false },
  'longissimus-lumborum': {
    radiusPerRootNewton: 0.00115,
    radius: 0,
    flatten: 0.75,
    tendon: [0.14, 0.1],
    shade: 1.02,
    belly: true,
  },
  'longissimus-thoracis': {
    radiusPerRootNewton: 0.00105,
    radius: 0,
    flatten: 0.7,
    tendon: [0.2, 0.06],
    shade: 1.02,
    belly: true,
  },
  'iliocostalis-lumborum': {
    radiusPerRootNewton: 0.00095,
    radius: 0,
    flatten: 0.7,
    tendon: [0.12, 0.1],
    shade: 0.74,
    belly: true,
  },
  'iliocostalis-thoracis': {
    radiusPerRootNewton: 0.00095,
    radius: 0,
    flatten: 0.65,
    tendon: [0.2, 0.06],
    shade: 0.74,
    belly: true,
  },
};

export const ERECTOR_IDS = [
  'spinalis',
  'longissimus-lumborum',
  'longissimus-thoracis',
  'iliocostalis-lumborum',
  'iliocostalis-thoracis',
] as const satisfies readonly MuscleId[];

function radiusOf(look: ColumnLook, f: BoundFascicle): number {
  const force = f.fascicle.maxForce;
  return force === undefined ? look.radius : Math.max(0.003, look.radiusPerRootNewton * Math.sqrt(force));
}

/** One erector part on one side. */
function column(ctx: MuscleContext, id: (typeof ERECTOR_IDS)[number], side: Side): MeshPart {
  const look = LOOKS[id];
  const fascicles = boundFascicles(muscleAttachments(id, side));
  const tubes = tubesOf(fascicles, (f) => {
    const r = radiusOf(look, f);
    return {
      sides: sidesFor(ctx, r > 0.006 ? 9 : 7),
      // Long thoracic fascicles are nearly straight, so they keep their shape with sparser rings.
      ringSpacing: ctx.detail.ringSpacing * (f.curve.length > 0.2 ? 1.5 : 1),
      halfWidth: spindle(Math.max(0.0022, r * 0.3), r),
      flatten: look.flatten,
      outward: trunkOutward,
      tendon: look.tendon,
      tint: tintOf(f.fascicle.name) * look.shade,
    };
  });
  if (look.belly) {
    const belly = envelopeBelly(fascicles, {
      sides: sidesFor(ctx, 14),
      ringSpacing: ctx.detail.ringSpacing * 1.3,
      step: 0.012,
      minCount: Math.max(2, Math.ceil(fascicles.length * 0.25)),
      radiusOf: (f) => radiusOf(look, f) * 0.8,
      // The bellies fill most of each column but not all of it, leaving a shallow groove between columns.
      widthShare: 0.7,
      thicknessShare: 0.7,
      outward: trunkOutward,
      tint: 0.86 * look.shade,
    });
    if (belly) tubes.push(belly);
  }
  return musclePart(id, side, tubes);
}

/** The five erector spinae parts, both sides. */
export function buildErectorSpinae(ctx: MuscleContext): MeshPart[] {
  return ERECTOR_IDS.flatMap((id) => (['left', 'right'] as const).map((side) => column(ctx, id, side)));
}
