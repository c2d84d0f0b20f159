/**
 * The vertebral arch of one side (x ≥ 0; the caller mirrors it): pedicle, lamina, transverse process with its
 * accessory process, superior articular process (a curved shell, concave towards the canal) with its
 * mammillary process, inferior articular process, and half of the spinous process.
 * Positions are built from the level table so each level gets its own proportions.
 */
import type { LevelParams } from './levels';
import { meanHeight } from './levels';
import { bar, ellipsoid, smax, smin, smoothstep, taper, constant } from './sdf';
import type { Sdf, Vec3 } from './sdf';

/** Landmarks shared by the shape and the facet paint. */
export interface ArchFrame {
  pedicleY: number;
  pedicleEndZ: number;
  /** Posterior border of the canal (inner face of the laminar junction). */
  canalBackZ: number;
  facetCentre: Vec3;
  /** Unit normal of the superior facet (posteromedial). */
  facetNormal: Vec3;
  facetRadius: number;
  facetHalfAngle: number;
  sapBottomY: number;
  sapTopY: number;
  iapX: number;
  iapTopY: number;
  iapBottomY: number;
}

/** Posterior reach of the pedicles behind the body, mm (estimate: short, stout lumbar pedicles). */
const PEDICLE_REACH = 8;
/** Thickness of the articular-process shell, mm (estimate). */
const SAP_THICKNESS = 6.5;

/** Derives the landmarks of one level. */
export function archFrame(p: LevelParams): ArchFrame {
  const a = p.bodyDepth / 2;
  const pedicleY = p.heightPosterior / 2 - p.pedicleHeight / 2 - 0.5;
  const pedicleEndZ = -a - PEDICLE_REACH;
  const theta = (p.facetAngle * Math.PI) / 180;
  const facetX = (p.interfacetRatio * p.bodyWidth) / 2;
  // The facet joints sit just behind the pedicles, over the pedicle–lamina junction.
  const facetZ = pedicleEndZ - 3;
  // Flatter facets higher up, J-shaped lower down (estimate: curvature radius from 24 mm at L1 to 13 mm at L5).
  const facetRadius = 36 - 0.45 * p.facetAngle;
  return {
    pedicleY,
    pedicleEndZ,
    canalBackZ: -a - p.canalDepth,
    facetCentre: [facetX, pedicleY + 4, facetZ],
    facetNormal: [-Math.cos(theta), 0, -Math.sin(theta)],
    facetRadius,
    facetHalfAngle: Math.min(0.8, 8.5 / facetRadius),
    sapBottomY: pedicleY - 5,
    sapTopY: p.heightPosterior / 2 + 8,
    iapX: facetX - 2.5,
    iapTopY: pedicleY - 4,
    iapBottomY: -p.heightPosterior / 2 - 6,
  };
}

/** Signed distance to one side of the arch, x ≥ 0. */
export function archSdf(p: LevelParams): Sdf {
  const f = archFrame(p);
  const a = p.bodyDepth / 2;
  const H = meanHeight(p);
  const conv = Math.tan((p.pedicleConvergence * Math.PI) / 180);
  const pedX = p.canalWidth / 2 + p.pedicleWidth / 2;
  const pedicle = bar(
    [pedX - (PEDICLE_REACH + 7) * conv, f.pedicleY, -a + 7],
    [pedX, f.pedicleY, f.pedicleEndZ],
    [0, 1, 0],
    constant(p.pedicleWidth / 2),
    constant(p.pedicleHeight / 2),
  );
  // Laminae: broad plates from the pedicles to the midline, reaching down to the inferior articular processes.
  const laminaY = f.pedicleY - 6;
  const lamina = bar(
    [pedX - 1, f.pedicleY - 3, f.pedicleEndZ + 1],
    [1.5, laminaY, f.canalBackZ - 3.5],
    [0, 1, 0],
    constant(4),
    taper(0.4 * H, 0.44 * H),
  );
  // Transverse process: root at the pedicle–lamina junction, tip placed so its outer end meets the span.
  const tipX = p.canalWidth / 2 + p.pedicleWidth + p.tpLength - Math.min(p.tpTip[0], p.tpTip[1]);
  const tpZ = f.pedicleEndZ + 2.5;
  const tpRootX = pedX + p.pedicleWidth / 2 - 2;
  const tp = bar(
    [tpRootX, f.pedicleY, tpZ],
    [tipX, f.pedicleY + p.tpRise, tpZ - p.tpSweep],
    [0, 1, 0],
    taper(p.tpRoot[1], p.tpTip[1]),
    taper(p.tpRoot[0], p.tpTip[0]),
  );
  // L5: the transverse process also springs from the side of the body, which makes it conical and stout.
  const tpBody = p.tpFromBody
    ? bar(
        [p.bodyWidth / 2 - 6, -1, -a + 9],
        [(tpRootX + tipX) / 2, f.pedicleY + p.tpRise / 2, tpZ - p.tpSweep / 2],
        [0, 1, 0],
        taper(5.5, 3.5),
        taper(7, 4),
      )
    : null;
  const accessory = ellipsoid(tpRootX + 3, f.pedicleY - p.tpRoot[0] + 0.5, tpZ - p.tpRoot[1] - 1, 2.2, 2.8, 2.2);

  const sap = superiorArticular(f);
  const fz = f.facetCentre[2];
  const [nx, , nz] = f.facetNormal;
  // Inferior articular process: hangs from the lamina; its convex facet faces anterolaterally.
  const iap = bar(
    [f.iapX, f.iapTopY, fz - 3],
    [f.iapX + 0.5, f.iapBottomY, fz - 2],
    [-nx, 0, -nz],
    taper(5.5, 4.5),
    taper(4, 3.4),
  );
  const spinous = spinousSdf(p, laminaY, f.canalBackZ);
  return (x, y, z) => {
    let d = smin(pedicle(x, y, z), lamina(x, y, z), 3);
    d = smin(d, tp(x, y, z), 3);
    if (tpBody) d = smin(d, tpBody(x, y, z), 4);
    d = smin(d, accessory(x, y, z), 1.5);
    d = smin(d, sap(x, y, z), 3);
    d = smin(d, iap(x, y, z), 3);
    return smin(d, spinous(x, y, z), 3);
  };
}

/**
 * Spinous process: a hatchet-shaped plate in the midsagittal plane, its side profile a rounded quadrilateral,
 * thicker along the posterior and inferior borders. Height at the tip = the table's spinousHeight.
 */
function spinousSdf(p: LevelParams, yc: number, canalBackZ: number): Sdf {
  const S = p.spinousHeight;
  const zRoot = canalBackZ + 1;
  const zTip = canalBackZ - p.spinousLength;
  const corners: [number, number][] = [
    [zRoot, yc + 0.45 * S],
    [zTip, yc + 0.45 * S + 1],
    [zTip, yc - 0.55 * S],
    [zRoot, yc - 0.35 * S],
  ];
  // Outward half-plane normals of the convex quad (corners run clockwise in the z–y plane).
  const edges = corners.map(([z0, y0], i) => {
    const [z1, y1] = corners[(i + 1) % 4];
    const ez = z1 - z0;
    const ey = y1 - y0;
    const l = Math.sqrt(ez * ez + ey * ey);
    return { z0, y0, nz: ey / l, ny: -ez / l };
  });
  const span = zRoot - zTip;
  return (x, y, z) => {
    let d2 = -Infinity;
    for (const e of edges)
      d2 =
        d2 === -Infinity ? (z - e.z0) * e.nz + (y - e.y0) * e.ny : smax(d2, (z - e.z0) * e.nz + (y - e.y0) * e.ny, 5);
    const back = smoothstep(0.55, 1, (zRoot - z) / span);
    const low = smoothstep(yc, yc - 0.5 * S, y);
    const half = 3 + 2 * back + 0.8 * low;
    const qx = d2 + 1.2;
    const qy = x - half + 1.2;
    const mx = Math.max(qx, 0);
    const my = Math.max(qy, 0);
    return Math.sqrt(mx * mx + my * my) + Math.min(Math.max(qx, qy), 0) - 1.2;
  };
}

/**
 * Superior articular process with its mammillary process: an arc of a vertical cylindrical shell, concave
 * towards the facet normal (flatter at L1–L2, J-shaped lower down). Shared with the S1 processes of the sacrum.
 */
export function superiorArticular(f: ArchFrame): Sdf {
  const [fx, , fz] = f.facetCentre;
  const [nx, , nz] = f.facetNormal;
  const R = f.facetRadius;
  const cx = fx + R * nx;
  const cz = fz + R * nz;
  // The arc spans ±halfAngle around u, the direction from the axis to the facet centre: inside when the point
  // lies anticlockwise of u rotated by −halfAngle and clockwise of u rotated by +halfAngle.
  const ux = -nx;
  const uz = -nz;
  const c = Math.cos(f.facetHalfAngle);
  const s = Math.sin(f.facetHalfAngle);
  const u1x = ux * c - uz * s;
  const u1z = ux * s + uz * c;
  const u2x = ux * c + uz * s;
  const u2z = -ux * s + uz * c;
  const shellSdf: Sdf = (x, y, z) => {
    const dx = x - cx;
    const dz = z - cz;
    const r = Math.sqrt(dx * dx + dz * dz);
    const shell = Math.abs(r - R - SAP_THICKNESS / 2) - SAP_THICKNESS / 2;
    const side1 = -(u2x * dz - u2z * dx);
    const side2 = -(dx * u1z - dz * u1x);
    const vertical = Math.max(f.sapBottomY - y, y - f.sapTopY);
    return smax(smax(shell, Math.max(side1, side2), 2.5), vertical, 3);
  };
  // Mammillary process: a rounded knob on the posterior border of the superior articular process.
  const postAngle = Math.atan2(-nz, -nx) - f.facetHalfAngle;
  const mam = ellipsoid(
    cx + (R + SAP_THICKNESS * 0.6) * Math.cos(postAngle),
    f.pedicleY + 3,
    cz + (R + SAP_THICKNESS * 0.6) * Math.sin(postAngle) - 2,
    3,
    3.5,
    3,
  );
  return (x, y, z) => smin(shellSdf(x, y, z), mam(x, y, z), 2);
}
