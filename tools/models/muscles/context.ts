import type { JointName } from '../../../src/domain/skeleton/joints';
import type { Vec3 } from '../../../src/domain/anatomy/attachments';
import type { Lod } from '../place';

/** Mesh resolution of one level of detail. */
export interface Detail {
  /** Multiplier on every tube's number of sides (rounded, at least 4). */
  sides: number;
  /** Target ring spacing along a fascicle, metres. */
  ringSpacing: number;
}

/** Resolution per level of detail; the phone file keeps the silhouettes with about a third of the triangles. */
export const DETAIL: Record<Lod, Detail> = {
  desktop: { sides: 1, ringSpacing: 0.012 },
  phone: { sides: 0.6, ringSpacing: 0.028 },
};

/** What every muscle builder needs: the level of detail and the bind pose the bones were built in. */
export interface MuscleContext {
  lod: Lod;
  detail: Detail;
  /** World position of every joint in the generator's bind pose. */
  bind: Record<JointName, Vec3>;
}

/** Sides for a tube designed with `desktopSides` at the context's level of detail. */
export function sidesFor(ctx: MuscleContext, desktopSides: number): number {
  return Math.max(4, Math.round(desktopSides * ctx.detail.sides));
}
