/**
 * The "outline plate": a thin bony sheet (iliac wing) made from a closed outline of 3D landmarks. The landmarks
 * are fitted with a plane plus a quadratic bulge (the sheet's mid-surface); the outline, resampled through a
 * closed Catmull-Rom curve so it has no corners, gives the 2D signed distance; the thickness grows towards the
 * rim. Analytic and fast, and the outline is what makes the bone recognisable.
 */
import type { Sdf, Vec3 } from './sdf';
import { smoothstep } from './sdf';

type V = [number, number, number];
const sub = (a: Vec3, b: Vec3): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): V => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const norm = (a: Vec3): V => {
  const l = Math.sqrt(dot(a, a));
  return [a[0] / l, a[1] / l, a[2] / l];
};

/** Solves a small dense linear system (Gaussian elimination with partial pivoting). */
function solve(m: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const a = m.map((row, i) => [...row, rhs[i]]);
  for (let c = 0; c < n; c++) {
    let best = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[best][c])) best = r;
    [a[c], a[best]] = [a[best], a[c]];
    for (let r = c + 1; r < n; r++) {
      const f = a[r][c] / a[c][c];
      for (let k = c; k <= n; k++) a[r][k] -= f * a[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r][n];
    for (let k = r + 1; k < n; k++) s -= a[r][k] * x[k];
    x[r] = s / a[r][r];
  }
  return x;
}

/** Closed uniform Catmull-Rom resampling of a 2D loop (C1, so the rim shows no seams). */
function resample(loop: [number, number][], perSpan: number): [number, number][] {
  const out: [number, number][] = [];
  const n = loop.length;
  for (let i = 0; i < n; i++) {
    const p0 = loop[(i - 1 + n) % n];
    const p1 = loop[i];
    const p2 = loop[(i + 1) % n];
    const p3 = loop[(i + 2) % n];
    for (let k = 0; k < perSpan; k++) {
      const t = k / perSpan;
      const t2 = t * t;
      const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      out.push([f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  return out;
}

/** Exact 2D signed distance to a closed polyline (nearest segment; sign from the crossing test). */
function polygonDistance(us: Float64Array, vs: Float64Array, u: number, v: number): number {
  let best = Infinity;
  let inside = false;
  const count = us.length;
  for (let i = 0, j = count - 1; i < count; j = i++) {
    const ax = us[j];
    const ay = vs[j];
    const bx = us[i] - ax;
    const by = vs[i] - ay;
    const px = u - ax;
    const py = v - ay;
    const t = Math.max(0, Math.min(1, (px * bx + py * by) / (bx * bx + by * by)));
    const qx = px - bx * t;
    const qy = py - by * t;
    const dd = qx * qx + qy * qy;
    if (dd < best) best = dd;
    if (vs[i] > v !== vs[j] > v && u < ((us[j] - us[i]) * (v - vs[i])) / (vs[j] - vs[i]) + us[i]) inside = !inside;
  }
  return inside ? -Math.sqrt(best) : Math.sqrt(best);
}

/**
 * The outline's distance tabulated once on a grid and read back with bicubic (Catmull-Rom) interpolation:
 * C1, so gradient normals stay smooth, and each call costs 16 reads instead of a pass over every segment.
 */
function outlineGrid(loop: [number, number][], cell: number): (u: number, v: number) => number {
  const us = Float64Array.from(loop, (p) => p[0]);
  const vs = Float64Array.from(loop, (p) => p[1]);
  const margin = 30;
  const u0 = Math.min(...us) - margin;
  const v0 = Math.min(...vs) - margin;
  const nu = Math.ceil((Math.max(...us) + margin - u0) / cell) + 1;
  const nv = Math.ceil((Math.max(...vs) + margin - v0) / cell) + 1;
  const table = new Float32Array(nu * nv);
  for (let j = 0; j < nv; j++)
    for (let i = 0; i < nu; i++) table[j * nu + i] = polygonDistance(us, vs, u0 + i * cell, v0 + j * cell);
  const at = (i: number, j: number) => table[Math.min(nv - 1, Math.max(0, j)) * nu + Math.min(nu - 1, Math.max(0, i))];
  const cr = (a: number, b: number, c: number, d: number, t: number) =>
    b + 0.5 * t * (c - a + t * (2 * a - 5 * b + 4 * c - d + t * (3 * (b - c) + d - a)));
  return (u, v) => {
    const fu = (u - u0) / cell;
    const fv = (v - v0) / cell;
    if (fu < 1 || fv < 1 || fu > nu - 3 || fv > nv - 3) return polygonDistance(us, vs, u, v);
    const i = Math.floor(fu);
    const j = Math.floor(fv);
    const tu = fu - i;
    const tv = fv - j;
    const row = (jj: number) => cr(at(i - 1, jj), at(i, jj), at(i + 1, jj), at(i + 2, jj), tu);
    return cr(row(j - 1), row(j), row(j + 1), row(j + 2), tv);
  };
}

export interface OutlinePlateOptions {
  /** Closed outline of landmarks, mm. */
  outline: Vec3[];
  /** Which side of the plane is "out" (the fitted normal is flipped to agree with it). */
  outward: Vec3;
  /** Half-thickness inside the sheet, at the rim, and how far in (mm) the rim thickening reaches. */
  thin: number;
  rim: number;
  rimWidth: number;
  /** Outward bulge of the mid-surface at the centre of the outline, mm (a convex outer, concave inner face). */
  bulge?: number;
  /** Extra half-thickness as a function of plane coordinates (u, v), e.g. towards the acetabulum. */
  extra?: (u: number, v: number) => number;
}

/** Builds the plate field plus its plane frame (for callers that add thickness by region). */
export function outlinePlate(o: OutlinePlateOptions): { sdf: Sdf; toPlane: (p: Vec3) => [number, number, number] } {
  const pts = o.outline;
  const c: V = [0, 0, 0];
  for (const p of pts) for (let k = 0; k < 3; k++) c[k] += p[k] / pts.length;
  // Plane normal: the smallest principal direction, found by power iteration on (trace·I − covariance).
  const cov = [0, 1, 2].map((i) => [0, 1, 2].map((j) => pts.reduce((s, p) => s + (p[i] - c[i]) * (p[j] - c[j]), 0)));
  const tr = cov[0][0] + cov[1][1] + cov[2][2];
  let n: V = norm(o.outward);
  for (let it = 0; it < 200; it++) {
    const next: V = [0, 0, 0];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) next[i] += ((i === j ? tr : 0) - cov[i][j]) * n[j];
    n = norm(next);
  }
  if (dot(n, o.outward) < 0) n = [-n[0], -n[1], -n[2]];
  const e1 = norm(cross([0, 1, 0], n));
  const e2 = cross(n, e1);
  const toPlane = (p: Vec3): [number, number, number] => {
    const d = sub(p, c);
    return [dot(d, e1), dot(d, e2), dot(d, n)];
  };
  const planar = pts.map(toPlane);
  // Mid-surface: least-squares quadratic w(u, v) through the landmarks' out-of-plane offsets.
  const basis = (u: number, v: number) => [1, u, v, u * u, u * v, v * v];
  const ata = Array.from({ length: 6 }, () => new Array<number>(6).fill(0));
  const atb = new Array<number>(6).fill(0);
  for (const [u, v, w] of planar) {
    const b = basis(u / 50, v / 50);
    for (let i = 0; i < 6; i++) {
      atb[i] += b[i] * w;
      for (let j = 0; j < 6; j++) ata[i][j] += b[i] * b[j];
    }
  }
  for (let i = 0; i < 6; i++) ata[i][i] += 1e-3;
  const coef = solve(ata, atb);
  const uMin = Math.min(...planar.map((p) => p[0]));
  const uMax = Math.max(...planar.map((p) => p[0]));
  const vMin = Math.min(...planar.map((p) => p[1]));
  const vMax = Math.max(...planar.map((p) => p[1]));
  const uc = (uMin + uMax) / 2;
  const vc = (vMin + vMax) / 2;
  const ru = (uMax - uMin) / 2;
  const rv = (vMax - vMin) / 2;
  const bulge = o.bulge ?? 0;
  const mid = (u: number, v: number) => {
    const b = basis(u / 50, v / 50);
    const du = (u - uc) / ru;
    const dv = (v - vc) / rv;
    const dome = Math.max(0, 1 - du * du - dv * dv);
    // Squared dome: zero slope at its edge, so the bulge blends in without a crease.
    return b.reduce((s, x, i) => s + x * coef[i], 0) + bulge * dome * dome;
  };
  const loop = resample(
    planar.map(([u, v]) => [u, v] as [number, number]),
    8,
  );
  const grid = outlineGrid(loop, 0.5);
  const maxHalf = o.rim + 12;
  const sdf: Sdf = (x, y, z) => {
    const dx = x - c[0];
    const dy = y - c[1];
    const dz = z - c[2];
    const u = dx * e1[0] + dy * e1[1] + dz * e1[2];
    const v = dx * e2[0] + dy * e2[1] + dz * e2[2];
    const w = dx * n[0] + dy * n[1] + dz * n[2] - mid(u, v);
    const aw = Math.abs(w);
    if (aw > maxHalf + 6) return aw - maxHalf;
    const d2 = grid(u, v);
    const rim = 1 - smoothstep(0, o.rimWidth, -d2);
    const half = o.thin + (o.rim - o.thin) * rim + (o.extra ? o.extra(u, v) : 0);
    // Rounded edge: the rim is a bead whose radius is almost the half-thickness.
    const rr = half * 0.9;
    const qx = d2 + rr;
    const qy = aw - half + rr;
    const mx = Math.max(qx, 0);
    const my = Math.max(qy, 0);
    return Math.sqrt(mx * mx + my * my) + Math.min(Math.max(qx, qy), 0) - rr;
  };
  return { sdf, toPlane };
}
