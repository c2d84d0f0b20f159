/**
 * A lofted trunk: horizontal cross-sections (an ellipse whose back and front halves have their own depth) read
 * from a table of heights and interpolated with C1 cubic Hermite curves, so the surface has no shading seams.
 * Units are millimetres; the field is negative inside. It is exact on the surface (every horizontal section is
 * the tabulated ellipse) and only approximate off it, which is all a level set and a smooth union need.
 */
import { ellipse2 } from '../sdf';
import type { Sdf } from '../sdf';

/** One tabulated cross-section of the trunk, mm. */
export interface TrunkSection {
  /** Height above the floor. */
  y: number;
  /** Half-width, left to right. */
  halfWidth: number;
  /** Depth behind the section centre. */
  back: number;
  /** Depth in front of the section centre. */
  front: number;
  /** Anterior position of the section centre. */
  z: number;
}

type Column = 'halfWidth' | 'back' | 'front' | 'z';
const COLUMNS: readonly Column[] = ['halfWidth', 'back', 'front', 'z'];

/**
 * Precomputed Hermite slopes per column (finite differences over the neighbours, as Catmull-Rom does). The end
 * rows get zero slope: the field beyond the ends is a cap that does not vary with height, and a matching zero
 * slope keeps the field C1 across the end planes, where a kink would print a seam into any blend nearby.
 */
function slopes(table: readonly TrunkSection[], c: Column): number[] {
  return table.map((_, i) => {
    if (i === 0 || i === table.length - 1) return 0;
    const a = table[i - 1];
    const b = table[i + 1];
    return (b[c] - a[c]) / (b.y - a.y);
  });
}

/** Builds the trunk field from a table sorted by height (at least two rows). */
export function torsoLoft(table: readonly TrunkSection[]): Sdf {
  const m = Object.fromEntries(COLUMNS.map((c) => [c, slopes(table, c)])) as Record<Column, number[]>;
  const y0 = table[0].y;
  const y1 = table[table.length - 1].y;
  const last = table.length - 1;
  // Reused scratch section, so the hot path allocates nothing.
  const out = { halfWidth: 0, back: 0, front: 0, z: 0 };
  const sample = (y: number) => {
    let i = 0;
    while (i < last - 1 && y > table[i + 1].y) i++;
    const a = table[i];
    const b = table[i + 1];
    const h = b.y - a.y;
    const t = Math.min(1, Math.max(0, (y - a.y) / h));
    const t2 = t * t;
    const t3 = t2 * t;
    const h00 = 2 * t3 - 3 * t2 + 1;
    const h10 = t3 - 2 * t2 + t;
    const h01 = -2 * t3 + 3 * t2;
    const h11 = t3 - t2;
    for (const c of COLUMNS) out[c] = h00 * a[c] + h10 * h * m[c][i] + h01 * b[c] + h11 * h * m[c][i + 1];
  };
  return (x, y, z) => {
    const yc = y < y0 ? y0 : y > y1 ? y1 : y;
    sample(yc);
    const dz = z - out.z;
    const d2 = ellipse2(x, dz, out.halfWidth, dz < 0 ? out.back : out.front);
    // Beyond either end the tabulated end section is capped flat; the end rows are small, so the cap is too.
    const dy = y < y0 ? y0 - y : y > y1 ? y - y1 : 0;
    if (dy === 0) return d2;
    const e = d2 > 0 ? d2 : 0;
    return d2 > 0 ? Math.sqrt(e * e + dy * dy) : Math.max(d2, dy);
  };
}
