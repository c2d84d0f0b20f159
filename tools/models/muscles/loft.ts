import { Vector3 } from 'three';
import type { FascicleCurve } from './curve';
import { sampleAt } from './curve';

/** Returns the unit normal of the body surface near p (the direction a flat muscle's face looks). */
export type SurfaceNormal = (p: Vector3, out: Vector3) => Vector3;

/** How one fascicle tube looks. Lengths in metres. */
export interface TubeStyle {
  /** Vertices around each ring. */
  sides: number;
  /** Target distance between rings along the curve. */
  ringSpacing: number;
  /** Half-width of the section at arc fraction u (0 at the origin, 1 at the insertion). */
  halfWidth: (u: number) => number;
  /** Thickness over width of the elliptical section (1 = round); ignored when halfThickness is given. */
  flatten?: number;
  /** Half-thickness of the section at arc fraction u, for sheets whose thickness is set directly. */
  halfThickness?: (u: number) => number;
  /** Which way the flat face looks. */
  outward: SurfaceNormal;
  /** Share of the length that is tendon at the origin and at the insertion end. */
  tendon: readonly [number, number];
  /** Brightness of this fascicle's belly colour (about 0.85–1.1), so neighbours read apart. */
  tint: number;
  /** Arc fractions of narrow tendinous bands across the belly (the intersections of rectus abdominis). */
  bands?: readonly number[];
}

/** A lofted tube before skinning. */
export interface Tube {
  positions: number[];
  colors: number[];
  indices: number[];
  /** Arc length (m) from the origin for every vertex, for skin weights. */
  arc: number[];
}

/** Belly and tendon colours (linear RGB); the runtime material stays white so these show through. */
export const BELLY: readonly [number, number, number] = [0.62, 0.13, 0.11];
export const TENDON: readonly [number, number, number] = [0.9, 0.85, 0.74];

const point = new Vector3();
const tangent = new Vector3();
const normal = new Vector3();
const binormal = new Vector3();
const previousNormal = new Vector3();

function smoothstep(a: number, b: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}

/** How tendinous the tube is at arc fraction u: 1 at the very ends, 0 in the belly. */
export function tendonShare(u: number, tendon: readonly [number, number], bands: readonly number[] = []): number {
  const start = tendon[0] > 0 ? 1 - smoothstep(tendon[0] * 0.4, tendon[0], u) : 0;
  const end = tendon[1] > 0 ? 1 - smoothstep(tendon[1] * 0.4, tendon[1], 1 - u) : 0;
  let band = 0;
  for (const b of bands) band = Math.max(band, 1 - smoothstep(0.006, 0.02, Math.abs(u - b)));
  return Math.max(start, end, band);
}

/** Spindle profile: thin tendon ends rising to the belly, `sin(πu)^0.8` as in the prototype. */
export function spindle(rEnd: number, rBelly: number): (u: number) => number {
  return (u) => rEnd + (rBelly - rEnd) * Math.pow(Math.max(0, Math.sin(Math.PI * u)), 0.8);
}

/** Lofts an elliptical tube along the curve, closed at both ends with a pole vertex. */
export function loftTube(fc: FascicleCurve, style: TubeStyle): Tube {
  const rings = Math.max(4, Math.ceil(fc.length / style.ringSpacing));
  const { sides } = style;
  const positions: number[] = [];
  const colors: number[] = [];
  const arc: number[] = [];
  const indices: number[] = [];
  previousNormal.set(0, 0, 0);

  const pushColour = (u: number, shade: number): void => {
    const k = tendonShare(u, style.tendon, style.bands);
    for (let c = 0; c < 3; c++) {
      const belly = Math.min(1, BELLY[c] * style.tint);
      colors.push((belly * (1 - k) + TENDON[c] * k) * shade);
    }
  };

  for (let r = 0; r <= rings; r++) {
    const u = r / rings;
    sampleAt(fc, u, point, tangent);
    style.outward(point, normal);
    normal.addScaledVector(tangent, -normal.dot(tangent));
    // Where the fibre runs along the surface normal, keep the previous ring's frame to avoid a twist.
    if (normal.lengthSq() < 1e-6) normal.copy(previousNormal);
    normal.normalize();
    previousNormal.copy(normal);
    binormal.crossVectors(tangent, normal).normalize();
    const w = style.halfWidth(u);
    const h = style.halfThickness ? style.halfThickness(u) : w * (style.flatten ?? 1);
    for (let j = 0; j < sides; j++) {
      const a = (2 * Math.PI * j) / sides;
      const cb = Math.cos(a) * w;
      const cn = Math.sin(a) * h;
      positions.push(
        point.x + binormal.x * cb + normal.x * cn,
        point.y + binormal.y * cb + normal.y * cn,
        point.z + binormal.z * cb + normal.z * cn,
      );
      // The side facing into the body is shaded a little, which separates packed fascicles.
      pushColour(u, 0.82 + 0.18 * (0.5 + 0.5 * Math.sin(a)));
      arc.push(u * fc.length);
    }
  }
  for (let r = 0; r < rings; r++) {
    for (let j = 0; j < sides; j++) {
      const a = r * sides + j;
      const b = r * sides + ((j + 1) % sides);
      const c = a + sides;
      const d = b + sides;
      indices.push(a, c, b, b, c, d);
    }
  }
  // End caps: a pole a little beyond each end ring, so the tendon ends are closed and rounded.
  const capLength = Math.min(style.halfWidth(0), style.halfWidth(1)) * 0.6;
  for (const end of [0, 1] as const) {
    sampleAt(fc, end, point, tangent);
    const sign = end === 0 ? -1 : 1;
    positions.push(
      point.x + tangent.x * capLength * sign,
      point.y + tangent.y * capLength * sign,
      point.z + tangent.z * capLength * sign,
    );
    pushColour(end, 1);
    arc.push(end * fc.length);
    const pole = positions.length / 3 - 1;
    const base = end === 0 ? 0 : rings * sides;
    for (let j = 0; j < sides; j++) {
      const a = base + j;
      const b = base + ((j + 1) % sides);
      if (end === 0) indices.push(pole, a, b);
      else indices.push(pole, b, a);
    }
  }
  return { positions, colors, indices, arc };
}
