import type { PathPoint } from '../../../src/domain/anatomy/attachments';
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
