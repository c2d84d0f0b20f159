import { CatmullRomCurve3, Vector3 } from 'three';
import type { Vec3 } from '../../../src/domain/anatomy/attachments';

/** Samples per control-point span in the arc-length table; fine enough for sub-millimetre placement. */
const SAMPLES_PER_SPAN = 64;

/** A centripetal Catmull-Rom curve through a fascicle's path points, with an arc-length table. */
export interface FascicleCurve {
  curve: CatmullRomCurve3;
  /** Total arc length (m). */
  length: number;
  /** Arc length (m) at which the curve passes each control point. */
  knots: number[];
  /** Index of the source path point behind each control point (points closer than 1 mm are merged). */
  sources: number[];
  /** Cumulative arc length at each table sample, uniform in the curve parameter t. */
  table: Float64Array;
}

/** Builds the curve; centripetal parameterisation avoids cusps and self-loops between uneven points. */
export function fascicleCurve(points: readonly Vec3[]): FascicleCurve {
  const controls: Vector3[] = [];
  const sources: number[] = [];
  points.forEach((p, i) => {
    const v = new Vector3(p[0], p[1], p[2]);
    // Coincident points make the centripetal parameterisation divide by zero.
    if (controls.length > 0 && controls[controls.length - 1].distanceTo(v) < 0.001) return;
    controls.push(v);
    sources.push(i);
  });
  if (controls.length < 2) throw new Error('A fascicle needs two distinct path points');
  const curve = new CatmullRomCurve3(controls, false, 'centripetal');
  const samples = (controls.length - 1) * SAMPLES_PER_SPAN;
  const table = new Float64Array(samples + 1);
  const prev = curve.getPoint(0);
  const cur = new Vector3();
  for (let k = 1; k <= samples; k++) {
    curve.getPoint(k / samples, cur);
    table[k] = table[k - 1] + cur.distanceTo(prev);
    prev.copy(cur);
  }
  const knots = controls.map((_, i) => table[i * SAMPLES_PER_SPAN]);
  return { curve, length: table[samples], knots, sources, table };
}

/** The curve parameter t at arc length s (m), by binary search in the table. */
export function tAtArc(fc: FascicleCurve, s: number): number {
  const { table } = fc;
  const n = table.length - 1;
  if (s <= 0) return 0;
  if (s >= table[n]) return 1;
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (table[mid] < s) lo = mid;
    else hi = mid;
  }
  const span = table[hi] - table[lo];
  const f = span > 0 ? (s - table[lo]) / span : 0;
  return (lo + f) / n;
}

/** Point and unit tangent at arc fraction u (0–1). */
export function sampleAt(fc: FascicleCurve, u: number, point: Vector3, tangent: Vector3): void {
  const t = tAtArc(fc, u * fc.length);
  fc.curve.getPoint(t, point);
  fc.curve.getTangent(t, tangent).normalize();
}
