import { REST_POSITIONS } from '../../../src/domain/skeleton/restPose';
import type { PathPoint } from '../../../src/domain/anatomy/attachments';
import type { MuscleContext } from './context';
import { fascicleCurve } from './curve';
import type { FascicleCurve } from './curve';
import { loftTube } from './loft';
import type { Tube, TubeStyle } from './loft';
import { arcLengthWeights } from './weights';
import type { SkinWeights } from './weights';

/** A lofted tube with its skin weights. */
export interface SkinnedTube {
  tube: Tube;
  skin: SkinWeights;
}

/**
 * A path point moved into the generator's bind pose. The attachment data sits on REST_POSITIONS; the bones are
 * built on the generator's bind pose, so each point keeps its offset from the joint that carries it.
 */
export function toBind(ctx: MuscleContext, p: PathPoint): PathPoint {
  const rest = REST_POSITIONS[p.joint];
  const bind = ctx.bind[p.joint];
  return {
    joint: p.joint,
    position: [p.position[0] + bind[0] - rest[0], p.position[1] + bind[1] - rest[1], p.position[2] + bind[2] - rest[2]],
  };
}

/** The curve through a path (already in the bind pose). */
export function pathCurve(points: readonly PathPoint[]): FascicleCurve {
  return fascicleCurve(points.map((p) => p.position));
}

/** Lofts and skins one path (in the bind pose): each vertex follows the path points on either side of it. */
export function skinnedTube(points: readonly PathPoint[], style: TubeStyle, curve = pathCurve(points)): SkinnedTube {
  const tube = loftTube(curve, style);
  const skin = arcLengthWeights(
    tube.arc,
    curve.knots,
    curve.sources.map((i) => points[i].joint),
  );
  return { tube, skin };
}
