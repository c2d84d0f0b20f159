/**
 * One lumbar (or T12) vertebra from its level parameters: body + mirrored arch, the canal carved through,
 * a faint bony roughness, and the articular facets painted in cartilage colour.
 * The frame is the vertebra's own: origin at the body centre, y along the body axis, z anterior, mm.
 */
import type { LevelParams } from './levels';
import { tpSpan } from './levels';
import { bodySdf, endplateY } from './vertebraBody';
import { archFrame, archSdf } from './vertebraArch';
import { ellipse2, mirrorX, noise3, smax, smin } from './sdf';
import type { Sdf, Vec3 } from './sdf';
import type { Paint, PolygoniseOptions } from './polygonise';

/** Cartilage tint multiplied onto the bone colour on articular surfaces. */
export const CARTILAGE_TINT: Vec3 = [0.66, 0.8, 0.96];
/** The porous central endplate inside the smooth ring apophysis reads slightly darker and warmer. */
const ENDPLATE_TINT: Vec3 = [0.9, 0.84, 0.74];

/** The complete field of one vertebra. */
export function vertebraSdf(p: LevelParams): Sdf {
  const body = bodySdf(p);
  const arch = mirrorX(archSdf(p));
  const a = p.bodyDepth / 2;
  const canalZ = -a - p.canalDepth / 2;
  const halfDepth = p.canalDepth / 2;
  const halfWidth = p.canalWidth / 2;
  return (x, y, z) => {
    let d = smin(body(x, y, z), arch(x, y, z), 3.5);
    // The canal narrows posteriorly into the lumbar triangle.
    const back = Math.min(1, Math.max(0, (canalZ - z) / halfDepth));
    const canal = ellipse2(x, z - canalZ, halfWidth * (1 - 0.4 * back * back), halfDepth);
    d = smax(d, -canal, 1.5);
    return d + 0.06 * noise3(x, y, z, 1.8, 7) + 0.03 * noise3(x, y, z, 0.7, 11);
  };
}

/** Paints the superior facets (concave face of the SAP shell) and the inferior facets (outer face of the IAP). */
export function facetPaint(p: LevelParams): Paint {
  const f = archFrame(p);
  const [fx, , fz] = f.facetCentre;
  const [nx, , nz] = f.facetNormal;
  const cx = fx + f.facetRadius * nx;
  const cz = fz + f.facetRadius * nz;
  const cosLimit = Math.cos(f.facetHalfAngle * 0.8);
  const a = p.bodyDepth / 2;
  const b = p.bodyWidth / 2;
  return (x0, y, z) => {
    // Central endplate: about 70% of the endplate diameter inside a 3–7 mm rim (wang-2012-endplates).
    const rho = Math.sqrt((x0 * x0) / (b * b) + (z * z) / (a * a));
    if (rho < 0.72 && (Math.abs(y - endplateY(p, 1, x0, z)) < 0.8 || Math.abs(y - endplateY(p, -1, x0, z)) < 0.8)) {
      const grain = 1 + 0.05 * noise3(x0, y, z, 0.8, 29);
      return [ENDPLATE_TINT[0] * grain, ENDPLATE_TINT[1] * grain, ENDPLATE_TINT[2] * grain];
    }
    const x = Math.abs(x0);
    const dx = x - cx;
    const dz = z - cz;
    const r = Math.sqrt(dx * dx + dz * dz);
    const along = (dx * -nx + dz * -nz) / (r || 1);
    if (Math.abs(r - f.facetRadius) < 1.2 && along > cosLimit && y > f.pedicleY && y < f.sapTopY - 1.5)
      return CARTILAGE_TINT;
    // Inferior facet: the IAP surface that faces anterolaterally (−n), below the lamina.
    const ox = x - f.iapX;
    const oz = z - (fz - 2.5);
    const out = ox * -nx + oz * -nz;
    const lateral = Math.abs(ox * -nz + oz * nx);
    if (out > 2.5 && lateral < 4.5 && y < f.iapTopY - 4 && y > f.iapBottomY + 2) return CARTILAGE_TINT;
    return null;
  };
}

/** Bounds and grid for polygonising one vertebra. */
export function vertebraGrid(p: LevelParams, edge: number): Pick<PolygoniseOptions, 'min' | 'max' | 'edge'> {
  const a = p.bodyDepth / 2;
  const halfX = tpSpan(p) / 2 + 4;
  const top = Math.max(p.heightAnterior, p.heightPosterior) / 2 + 12;
  const bottom = -Math.max(p.heightAnterior, p.heightPosterior) / 2 - 14;
  return { min: [-halfX, bottom, -a - p.canalDepth - p.spinousLength - 5], max: [halfX, top, a + 3], edge };
}
