import type { Lod } from '../place';

/** Mesh resolution of one level of detail. */
export interface Detail {
  /** Multiplier on every tube's number of sides (rounded, at least 4). */
  sides: number;
  /** Target ring spacing along a fascicle, metres. */
  ringSpacing: number;
}

/**
 * Resolution per level of detail. The phone file, which software renderers also get, keeps the silhouettes with a
 * small share of the triangles.
 */
export const DETAIL: Record<Lod, Detail> = {
  desktop: { sides: 1, ringSpacing: 0.012 },
  phone: { sides: 0.38, ringSpacing: 0.058 },
};

/** What every muscle builder needs: the level of detail (the bind pose is REST_POSITIONS, as for the bones). */
export interface MuscleContext {
  lod: Lod;
  detail: Detail;
}

/** Sides for a tube designed with `desktopSides` at the context's level of detail. */
export function sidesFor(ctx: MuscleContext, desktopSides: number): number {
  return Math.max(4, Math.round(desktopSides * ctx.detail.sides));
}
