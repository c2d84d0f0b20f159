/**
 * The floating ribs 11 and 12 (left; the right pair is the mirror), in the T12 vertebra frame, mm. Each is a
 * flattened tapering tube along a smooth path from its head to its free tip. Paths are ESTIMATES: from the head
 * beside its body (rib 11 articulates one level higher, at T11) each runs back and out through the Christophy 2012
 * points on that rib (es-attachments.md, torso body: quadratus lumborum, iliocostalis, longissimus and latissimus
 * dorsi on ribs 11 and 12, 30–60 mm from the midline), then curves forward and down around the flank; rib 11 ends
 * near the oblique points on the lower rib tips (EO6, IO6), rib 12 is the shorter one, as in the skeleton.
 */
import type { Vec3 } from './sdf';
import { bar, bounded, noise3, smin, sphere } from './sdf';
import type { Sdf } from './sdf';

/** Landmark paths of the left ribs 11 and 12, head to tip. */
export const RIB_PATHS: Record<'rib-11' | 'rib-12', Vec3[]> = {
  'rib-12': [
    [14, 2, -12],
    [28, -2, -27],
    [45, -11, -33],
    [60, -24, -31],
    [72, -36, -22],
    [80, -48, -10],
  ],
  'rib-11': [
    [15, 30, -10],
    [30, 27, -34],
    [47, 20, -49],
    [61, 8, -50],
    [80, -10, -42],
    [94, -30, -24],
    [100, -48, -4],
  ],
};

/** Resamples a path through a uniform Catmull-Rom curve so the rib bends smoothly instead of in kinks. */
function smoothPath(points: Vec3[], perSpan: number): Vec3[] {
  const out: Vec3[] = [];
  const at = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))];
  for (let i = 0; i < points.length - 1; i++)
    for (let k = 0; k < perSpan; k++) {
      const t = k / perSpan;
      const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
      const f = (j: number) =>
        0.5 *
        (2 * p1[j] +
          (-p0[j] + p2[j]) * t +
          (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t * t +
          (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t * t * t);
      out.push([f(0), f(1), f(2)]);
    }
  out.push(points[points.length - 1]);
  return out;
}

/** A rib as a chain of flattened bars, tall (vertical) and thin, tapering to the tip. */
export function ribSdf(landmarks: Vec3[]): Sdf {
  const path = smoothPath(landmarks, 4);
  const n = path.length - 1;
  const segs = path.slice(0, -1).map((a, i) => {
    const h0 = 6 - (3 * i) / n;
    const h1 = 6 - (3 * (i + 1)) / n;
    const b = path[i + 1];
    const seg = bar(
      a,
      b,
      [0, 1, 0],
      (t) => 3.2 - (1.2 * (i + t)) / n,
      (t) => h0 + (h1 - h0) * t,
    );
    const half = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) / 2;
    return bounded(seg, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2], half + 7, 4);
  });
  const head = sphere(path[0][0], path[0][1], path[0][2], 5);
  return (x, y, z) => {
    let d = smin(head(x, y, z), segs[0](x, y, z), 3);
    // Plain min between consecutive pieces of one tube: a smooth union would bulge at every joint.
    for (const s of segs) d = Math.min(d, s(x, y, z));
    return d + 0.04 * noise3(x, y, z, 2, 23);
  };
}

/** Bounds around a rib path, mm. */
export function ribBounds(path: Vec3[]): { min: Vec3; max: Vec3 } {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const p of path)
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k], p[k] - 10);
      max[k] = Math.max(max[k], p[k] + 10);
    }
  return { min, max };
}
