import { muscleAttachments } from '../../../src/domain/anatomy/attachments';
import type { MuscleId, Side } from '../../../src/domain/anatomy/ids';
import type { MeshPart } from '../meshPart';
import { boundFascicles, tintOf } from './common';
import type { BoundFascicle } from './common';
import type { MuscleContext } from './context';
import { sidesFor } from './context';
import { spindle } from './loft';
import type { SurfaceNormal } from './loft';
import { musclePart } from './part';
import { sheetMesh } from './sheet';
import type { SheetLook } from './sheet';
import { skinnedTube } from './tubes';

/** Column spacing across sheets per level of detail, metres. */
const COLUMN_SPACING = { desktop: 0.014, phone: 0.058 } as const;

/** What a flat muscle's builder chooses; the level of detail sets the rest. */
export type FlatLook = Omit<SheetLook, 'columnSpacing' | 'ringSpacing' | 'outward'>;

/**
 * A flat muscle as continuous sheets through its fascicles. `groups` splits (and orders) the fascicles into
 * sheets; by default one sheet takes them all in the data's order. A group of one is drawn as a flat strip.
 */
export function flatMuscle(
  ctx: MuscleContext,
  id: MuscleId,
  side: Side,
  look: FlatLook,
  outward: SurfaceNormal,
  groups: (fascicles: BoundFascicle[]) => BoundFascicle[][] = (f) => [f],
): MeshPart {
  const parts = groups(boundFascicles(muscleAttachments(id, side))).map((group) =>
    group.length > 1
      ? sheetMesh(group, {
          ...look,
          outward,
          columnSpacing: COLUMN_SPACING[ctx.lod],
          ringSpacing: ctx.detail.ringSpacing,
        })
      : skinnedTube(
          group[0].points,
          {
            sides: sidesFor(ctx, 8),
            ringSpacing: ctx.detail.ringSpacing,
            // A lone strip as wide as a typical gap between the sheet's fascicles.
            halfWidth: spindle(look.halfThickness, look.halfThickness * 3),
            flatten: 0.35,
            outward,
            tendon: look.tendon,
            tint: tintOf(group[0].fascicle.name) * look.shade,
          },
          group[0].curve,
        ),
  );
  return musclePart(id, side, parts);
}
