/**
 * The vertebral body: a kidney-shaped outline (the posterior wall is concave around the canal), waisted at
 * mid-height, wedged by its own anterior and posterior heights, with dished endplates inside a raised rim.
 */
import { ENDPLATE_DISH } from '../../src/domain/skeleton/spineBind';
import type { LevelParams } from './levels';
import { ellipse2, lerp, smax, smoothstep } from './sdf';
import type { Sdf } from './sdf';

/** Endplate dish depths, mm (ENDPLATE_DISH of the skeleton's spine, which spaces the bodies by them). */
export const DISH_INFERIOR = ENDPLATE_DISH.inferior;
export const DISH_SUPERIOR = ENDPLATE_DISH.superior;
/** Waist: the side walls draw in at mid-height (estimate from the usual lumbar body profile). */
const WAIST = 0.07;
/** Edge rounding of the endplate rims, mm (estimate). */
const RIM_ROUND = 2;

/** Half-height of the body at depth z (linear between the posterior and anterior heights). */
export function halfHeightAt(p: LevelParams, z: number): number {
  const a = p.bodyDepth / 2;
  const t = Math.min(1, Math.max(0, (z + a) / (2 * a)));
  return lerp(p.heightPosterior, p.heightAnterior, t) / 2;
}

/** The kidney outline of the body at the endplate (2D signed distance in the x–z plane). */
export function outline2(p: LevelParams): (x: number, z: number) => number {
  const { a, z0, b, rc, zc } = kidney(p);
  return (x, z) => smax(ellipse2(x, z - z0, b, a), -(Math.sqrt(x * x + (z - zc) * (z - zc)) - rc), 3);
}

/**
 * Kidney geometry: an ellipse that reaches `kidney` mm further back at the sides, and a notch that brings the
 * midline back to the table's depth, so the midline depth (as published) is exactly bodyDepth.
 */
function kidney(p: LevelParams) {
  const a = (p.bodyDepth + p.kidney) / 2;
  const z0 = -p.kidney / 2;
  const rc = 0.3 * p.bodyWidth;
  return { a, z0, b: p.bodyWidth / 2, rc, zc: -p.bodyDepth / 2 - rc };
}

/** Distance from the body centre to the outline along the direction (sin φ, cos φ) in x–z; φ = 0 is anterior. */
export function outlineRadius(p: LevelParams, phi: number): number {
  const f = outline2(p);
  const sx = Math.sin(phi);
  const sz = Math.cos(phi);
  let lo = 0;
  let hi = p.bodyWidth;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (f(sx * mid, sz * mid) < 0) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Endplate surface height in the body frame: the dished top (+1) or bottom (−1) at (x, z). */
export function endplateY(p: LevelParams, side: 1 | -1, x: number, z: number): number {
  const a = p.bodyDepth / 2;
  const b = p.bodyWidth / 2;
  const rho = Math.sqrt((x * x) / (b * b) + (z * z) / (a * a));
  const dish = 1 - smoothstep(0.3, 0.8, rho);
  const h = halfHeightAt(p, z);
  return side > 0 ? h - DISH_SUPERIOR * dish : -h + DISH_INFERIOR * dish;
}

/** Signed distance to the body, in the vertebra frame (origin at the body centre). */
export function bodySdf(p: LevelParams): Sdf {
  const { a, z0, b, rc, zc } = kidney(p);
  const half = p.bodyDepth / 2;
  return (x, y, z) => {
    const h = halfHeightAt(p, z);
    const u = Math.min(1, Math.max(-1, y / h));
    const w = 1 - u * u;
    // Squared falloff so the waist has no kink at the rims (kinks show as seams with gradient normals).
    const s = 1 - WAIST * w * w;
    const ex = x / s;
    const ez = z / s;
    const oval = ellipse2(ex, ez - z0, b, a) * s;
    const notch = (Math.sqrt(ex * ex + (ez - zc) * (ez - zc)) - rc) * s;
    const d2 = smax(oval, -notch, 3);
    const rho = Math.sqrt((x * x) / (b * b) + (z * z) / (half * half));
    const dish = 1 - smoothstep(0.3, 0.8, rho);
    const top = h - DISH_SUPERIOR * dish;
    const bottom = -h + DISH_INFERIOR * dish;
    const dy = Math.max(y - top, bottom - y);
    const qx = d2 + RIM_ROUND;
    const qy = dy + RIM_ROUND;
    const mx = Math.max(qx, 0);
    const my = Math.max(qy, 0);
    return Math.sqrt(mx * mx + my * my) + Math.min(Math.max(qx, qy), 0) - RIM_ROUND;
  };
}
