/**
 * An estimated outline of the trunk wall, used to route estimated muscle paths around the trunk instead of
 * through it. Each row is an estimate from the Christophy 2012 points that lie on the wall ('christophy-2012':
 * lumbar and thoracic spinous processes at the back, the Abdomen-body and rectus points at the front, the
 * oblique attachments at the sides) and from a lean adult's chest breadth of about 30 cm, wide enough to cover
 * the free ends of ribs 11 and 12.
 */
import type { Vec3 } from './attachmentTypes';

/** One horizontal section of the wall: two half-ellipses around (x = 0, z = centreZ), back and front. Metres. */
export interface WallSection {
  y: number;
  centreZ: number;
  /** Half of the side-to-side breadth. */
  halfWidth: number;
  /** Depth from the centre to the back surface (over the erector spinae) and to the front surface. */
  back: number;
  front: number;
}

// Estimate: sections from the iliac crests to the upper chest (see the module comment for the reasoning); the
// back surface clears the erector spinae, whose fascicle lines reach 7–11 cm behind the centre.
const SECTIONS: readonly WallSection[] = [
  { y: 0.98, centreZ: 0, halfWidth: 0.13, back: 0.1, front: 0.08 },
  { y: 1.06, centreZ: 0, halfWidth: 0.13, back: 0.093, front: 0.08 },
  { y: 1.14, centreZ: -0.005, halfWidth: 0.14, back: 0.1, front: 0.083 },
  { y: 1.22, centreZ: -0.015, halfWidth: 0.145, back: 0.112, front: 0.092 },
  { y: 1.3, centreZ: -0.025, halfWidth: 0.15, back: 0.112, front: 0.1 },
  { y: 1.38, centreZ: -0.03, halfWidth: 0.14, back: 0.105, front: 0.097 },
  { y: 1.45, centreZ: -0.03, halfWidth: 0.12, back: 0.095, front: 0.09 },
];

/** The wall section at height y, linearly interpolated (clamped at the ends). */
export function wallSection(y: number): WallSection {
  const last = SECTIONS.length - 1;
  if (y <= SECTIONS[0].y) return { ...SECTIONS[0], y };
  if (y >= SECTIONS[last].y) return { ...SECTIONS[last], y };
  let i = 0;
  while (SECTIONS[i + 1].y < y) i++;
  const a = SECTIONS[i];
  const b = SECTIONS[i + 1];
  const f = (y - a.y) / (b.y - a.y);
  const mix = (p: number, q: number) => p + (q - p) * f;
  return {
    y,
    centreZ: mix(a.centreZ, b.centreZ),
    halfWidth: mix(a.halfWidth, b.halfWidth),
    back: mix(a.back, b.back),
    front: mix(a.front, b.front),
  };
}

/**
 * A point on the right half of the wall at height y: `angleDeg` 0 is the front midline, 90 the side, 180 the
 * back midline; `depth` is how far inside the outer surface (metres).
 */
export function wallPoint(y: number, angleDeg: number, depth: number): Vec3 {
  const s = wallSection(y);
  const a = (angleDeg * Math.PI) / 180;
  const depthAxis = Math.cos(a) >= 0 ? s.front : s.back;
  return [-(s.halfWidth - depth) * Math.sin(a), y, s.centreZ + (depthAxis - depth) * Math.cos(a)];
}

/**
 * Moves a point that lies inside the wall out to `depth` below its surface; points outside are kept. Over the
 * back and front the point moves straight backwards or forwards, keeping its distance from the midline, so
 * a sheet that starts at a spinous process climbs straight onto the erector spinae; at the sides it moves
 * straight out from the centre.
 */
export function keepOutside(p: Vec3, depth: number): Vec3 {
  const s = wallSection(p[1]);
  const depthAxis = p[2] >= s.centreZ ? s.front : s.back;
  const sign = p[2] >= s.centreZ ? 1 : -1;
  const across = Math.abs(p[0]) / (s.halfWidth - depth);
  if (across < 0.9) {
    const surface = s.centreZ + sign * (depthAxis - depth) * Math.sqrt(1 - across * across);
    return sign * (p[2] - surface) >= 0 ? p : [p[0], p[1], surface];
  }
  const u = p[0] / s.halfWidth;
  const v = (p[2] - s.centreZ) / depthAxis;
  const r = Math.sqrt(u * u + v * v);
  const wanted = 1 - depth / Math.min(s.halfWidth, depthAxis);
  if (r >= wanted || r === 0) return p;
  const k = wanted / r;
  return [p[0] * k, p[1], s.centreZ + (p[2] - s.centreZ) * k];
}
