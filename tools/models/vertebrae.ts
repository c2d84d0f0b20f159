/** Builds L1–L5 and T12 as rigid parts of their joints, each at both levels of detail. */
import { LEVELS } from './levels';
import { facetPaint, vertebraGrid, vertebraSdf } from './vertebra';
import { polygonise } from './polygonise';
import type { LodTarget } from './polygonise';
import { placePart } from './place';
import type { Lod } from './place';
import { spineBind } from './rig';
import type { SpineLevel } from './rig';
import type { MeshPart } from './meshPart';

/** Triangle budgets per vertebra: desktop keeps facet and process detail, phone keeps the silhouette. */
export const VERTEBRA_TARGETS: Record<Lod, LodTarget> = {
  desktop: { triangles: 8500, maxError: 0.3 },
  phone: { triangles: 700, maxError: 1.8 },
};

/** Grid edge, mm: fine enough for the 5 mm articular shells and thin laminae (≥ 2–3 cells thick). */
const EDGE = 0.8;

/** One vertebra at both levels of detail. */
export async function buildVertebra(level: SpineLevel): Promise<Record<Lod, MeshPart>> {
  const p = LEVELS[level];
  const at = spineBind().vertebrae[level];
  const [desktop, phone] = await polygonise(`vertebra-${level}`, vertebraSdf(p), {
    ...vertebraGrid(p, EDGE),
    targets: [VERTEBRA_TARGETS.desktop, VERTEBRA_TARGETS.phone],
    paint: facetPaint(p),
  });
  const tag =
    level === 'T12' ? ({ id: 'T12', kind: 'bone' } as const) : ({ id: level, kind: 'vertebra', level } as const);
  const binding = { kind: 'rigid', joint: level } as const;
  return {
    desktop: placePart(desktop, at, tag, 'bone', binding),
    phone: placePart(phone, at, tag, 'bone', binding),
  };
}
