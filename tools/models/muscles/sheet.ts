import { Vector3 } from 'three';
import { JOINT_NAMES } from '../../../src/domain/skeleton/joints';
import type { BoundFascicle } from './common';
import { tintOf } from './common';
import { sampleAt } from './curve';
import { BELLY, TENDON, tendonShare } from './loft';
import type { SurfaceNormal } from './loft';
import type { SkinnedTube } from './tubes';
import { pathCurve } from './tubes';
import { sheetSkin } from './sheetSkin';
import { pushInfluences } from './weights';

/** How a flat muscle is drawn as one continuous sheet through its fascicles. Lengths in metres. */
export interface SheetLook {
  /** Half-thickness in the middle of the sheet; it thins to a rounded rim at the edges and ends. */
  halfThickness: number;
  /** How far the sheet reaches past its outermost fascicles, as a share of the gap to their neighbour. */
  edge: number;
  /** Target spacing between columns across the sheet at its widest. */
  columnSpacing: number;
  ringSpacing: number;
  outward: SurfaceNormal;
  tendon: readonly [number, number];
  /** Brightness of the belly colour. */
  shade: number;
  /** Multiplies the column spacing for wide, simple sheets (default 1). */
  columnScale?: number;
}

/** The fascicle run the other way, so every fascicle of a sheet starts at the same border. */
function reversed(f: BoundFascicle): BoundFascicle {
  const points = [...f.points].reverse();
  return { fascicle: f.fascicle, points, curve: pathCurve(points) };
}

/**
 * Turns fascicles round where needed so that each starts next to the start of the one before it. The sheet
 * then runs the way most of its fascicles run in the data, so `tendon[0]` is the end most of them start at.
 */
export function alignDirections(fascicles: readonly BoundFascicle[]): BoundFascicle[] {
  const out: BoundFascicle[] = [];
  let turned = 0;
  for (const f of fascicles) {
    const prev = out[out.length - 1];
    if (!prev) {
      out.push(f);
      continue;
    }
    const d = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    const first = (x: BoundFascicle) => x.points[0].position;
    const last = (x: BoundFascicle) => x.points[x.points.length - 1].position;
    const keep = d(first(f), first(prev)) + d(last(f), last(prev));
    const swap = d(last(f), first(prev)) + d(first(f), last(prev));
    if (swap < keep) turned++;
    out.push(swap < keep ? reversed(f) : f);
  }
  if (turned > fascicles.length / 2) return out.map(reversed);
  return out;
}

/** Uniform Catmull-Rom between b and c (a and d are the neighbours), into out. */
function catmullRom(a: Vector3, b: Vector3, c: Vector3, d: Vector3, t: number, out: Vector3): Vector3 {
  const t2 = t * t;
  const t3 = t2 * t;
  const k0 = -0.5 * t3 + t2 - 0.5 * t;
  const k1 = 1.5 * t3 - 2.5 * t2 + 1;
  const k2 = -1.5 * t3 + 2 * t2 + 0.5 * t;
  const k3 = 0.5 * t3 - 0.5 * t2;
  return out.set(
    a.x * k0 + b.x * k1 + c.x * k2 + d.x * k3,
    a.y * k0 + b.y * k1 + c.y * k2 + d.y * k3,
    a.z * k0 + b.z * k1 + c.z * k2 + d.z * k3,
  );
}

/** +1 when fibre direction × across direction points out of the body at the middle of the sheet, else −1. */
function sheetFacing(fascicles: readonly BoundFascicle[], outward: SurfaceNormal): 1 | -1 {
  const n = fascicles.length;
  const mid = Math.floor(n / 2);
  const p = new Vector3();
  const t = new Vector3();
  const a = new Vector3();
  const b = new Vector3();
  sampleAt(fascicles[mid].curve, 0.5, p, t);
  sampleAt(fascicles[Math.max(0, mid - 1)].curve, 0.5, a, b);
  sampleAt(fascicles[Math.min(n - 1, mid + 1)].curve, 0.5, b, new Vector3());
  const across = b.sub(a);
  const out = outward(p, new Vector3());
  return t.cross(across).dot(out) >= 0 ? 1 : -1;
}

/**
 * One closed sheet through fascicles listed in order across the muscle: a grid of rows along the fibres and
 * columns across them, thickened both ways along the sheet's normal. Each vertex is skinned like the two
 * fascicles either side of it, so the sheet deforms with them.
 */
export function sheetMesh(input: readonly BoundFascicle[], look: SheetLook): SkinnedTube {
  const fascicles = alignDirections(input);
  const n = fascicles.length;
  const longest = Math.max(...fascicles.map((f) => f.curve.length));
  const rows = Math.max(4, Math.ceil(longest / look.ringSpacing));
  const tmp = new Vector3();
  // Fascicle points per row, with edge points extrapolated past the outer fascicles.
  const grid: Vector3[][] = [];
  const widestGap = new Array<number>(n + 1).fill(0);
  for (let r = 0; r <= rows; r++) {
    const u = r / rows;
    const row = fascicles.map((f) => {
      const p = new Vector3();
      sampleAt(f.curve, u, p, tmp);
      return p;
    });
    for (let i = 1; i < n; i++) widestGap[i] = Math.max(widestGap[i], row[i].distanceTo(row[i - 1]));
    const before = n > 1 ? row[0].clone().lerp(row[1], -look.edge) : row[0].clone();
    const after = n > 1 ? row[n - 1].clone().lerp(row[n - 2], -look.edge) : row[n - 1].clone();
    grid.push([before, ...row, after]);
  }
  // Columns: the edge, then enough columns in each gap between fascicles for its widest point, then the other edge.
  const columns: { i: number; t: number }[] = [];
  for (let i = 0; i <= n; i++) {
    const steps =
      i === 0 || i === n ? 2 : Math.max(1, Math.ceil(widestGap[i] / (look.columnSpacing * (look.columnScale ?? 1))));
    for (let k = 0; k < steps; k++) columns.push({ i, t: k / steps });
  }
  columns.push({ i: n, t: 1 });
  const cols = columns.length;
  const ring = cols * 2;
  const positions: number[] = [];
  const colors: number[] = [];
  const arc: number[] = [];
  const indices: number[] = [];
  const joints: number[] = [];
  const weights: number[] = [];
  const mid = new Vector3();
  const du = new Vector3();
  const dc = new Vector3();
  const normal = new Vector3();
  const outward = new Vector3();
  const rowPoints: Vector3[] = [];
  // One orientation for the whole sheet (from its middle), so the thickness never flips inside out locally.
  const facing = sheetFacing(fascicles, look.outward);
  const skin = sheetSkin(fascicles, columns, rows);
  for (let r = 0; r <= rows; r++) {
    const u = r / rows;
    const g = grid[r];
    const g2 = grid[Math.min(rows, r + 1)];
    const g0 = grid[Math.max(0, r - 1)];
    rowPoints.length = 0;
    for (const { i, t } of columns) {
      const at = (row: Vector3[], out: Vector3) =>
        catmullRom(row[Math.max(0, i - 1)], row[i], row[Math.min(n + 1, i + 1)], row[Math.min(n + 1, i + 2)], t, out);
      rowPoints.push(at(g, new Vector3()));
    }
    // Colour per column, from the two fascicles either side (edges follow the outer fascicle).
    const tints = columns.map(({ i, t }) => {
      const left = fascicles[Math.min(n - 1, Math.max(0, i - 1))];
      const right = fascicles[Math.min(n - 1, Math.max(0, i))];
      const share = i === 0 ? 1 : i === n ? 0 : 1 - t;
      return tintOf(left.fascicle.name) * share + tintOf(right.fascicle.name) * (1 - share);
    });
    for (const side of [1, -1] as const) {
      for (let k = 0; k < cols; k++) {
        const c = side === 1 ? k : cols - 1 - k;
        const { i, t } = columns[c];
        const p = rowPoints[c];
        // Surface normal from the grid: along the fibres crossed with across them, turned to face outwards.
        const next = (row: Vector3[], out: Vector3) =>
          catmullRom(row[Math.max(0, i - 1)], row[i], row[Math.min(n + 1, i + 1)], row[Math.min(n + 1, i + 2)], t, out);
        du.copy(next(g2, mid)).sub(next(g0, tmp));
        dc.copy(rowPoints[Math.min(cols - 1, c + 1)]).sub(rowPoints[Math.max(0, c - 1)]);
        normal.crossVectors(du, dc).multiplyScalar(facing);
        if (normal.lengthSq() < 1e-4 * du.lengthSq() * dc.lengthSq()) look.outward(p, normal);
        normal.normalize();
        const across = (c / (cols - 1)) * 2 - 1;
        const rim = Math.sqrt(Math.max(0, 1 - across * across));
        const along = Math.pow(Math.max(0, Math.sin(Math.PI * u)), 0.6);
        const h = look.halfThickness * (0.15 + 0.85 * rim) * (0.35 + 0.65 * along);
        positions.push(p.x + normal.x * h * side, p.y + normal.y * h * side, p.z + normal.z * h * side);
        const tendon = tendonShare(u, look.tendon);
        const shade = side === 1 ? 1 : 0.8;
        const tint = tints[c] * look.shade;
        for (let ch = 0; ch < 3; ch++) {
          colors.push((Math.min(1, BELLY[ch] * tint) * (1 - tendon) + TENDON[ch] * tendon) * shade);
        }
        arc.push(u * longest);
        const at = (r * cols + c) * JOINT_NAMES.length;
        pushInfluences(JOINT_NAMES, skin.subarray(at, at + JOINT_NAMES.length), joints, weights);
      }
    }
  }
  // Winding: the outer face must face outwards, whichever way the columns happen to run.
  const vertex = (k: number, out: Vector3) => out.fromArray(positions, k * 3);
  const midRow = Math.floor(rows / 2) * ring;
  const midCol = Math.floor(cols / 2);
  const alongDir = vertex(midRow + ring + midCol, new Vector3()).sub(vertex(midRow + midCol, tmp));
  const acrossDir = vertex(midRow + midCol + 1, new Vector3()).sub(vertex(midRow + midCol, tmp));
  look.outward(vertex(midRow + midCol, mid), outward);
  const flip = acrossDir.cross(alongDir).dot(outward) < 0;
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < ring; j++) {
      const a = r * ring + j;
      const b = r * ring + ((j + 1) % ring);
      if (flip) indices.push(a, a + ring, b, b, a + ring, b + ring);
      else indices.push(a, b, a + ring, b, b + ring, a + ring);
    }
  }
  // Close both ends by stitching the outer face to the inner face column by column: each column's two
  // vertices share their skin, so the end wall deforms like the sheet instead of pulling towards one pole.
  for (const r of [0, rows]) {
    const base = r * ring;
    const neighbour = r === 0 ? ring : (rows - 1) * ring;
    const away = vertex(base + midCol, new Vector3()).sub(vertex(neighbour + midCol, tmp));
    const top = (c: number) => base + c;
    const bottom = (c: number) => base + ring - 1 - c;
    const e1 = vertex(top(midCol + 1), new Vector3()).sub(vertex(top(midCol), tmp));
    const e2 = vertex(bottom(midCol), new Vector3()).sub(vertex(top(midCol), tmp));
    const reverse = e1.cross(e2).dot(away) < 0;
    for (let c = 0; c < cols - 1; c++) {
      const quad = [top(c), top(c + 1), bottom(c + 1), bottom(c)];
      if (reverse) quad.reverse();
      indices.push(quad[0], quad[1], quad[2], quad[0], quad[2], quad[3]);
    }
  }
  return { tube: { positions, colors, indices, arc }, skin: { joints, weights } };
}
