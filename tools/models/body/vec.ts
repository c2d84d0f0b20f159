/** Small vector helpers for the figure generator (millimetres, glTF axes). */
import type { Vec3 } from '../sdf';
import { REST_POSITIONS } from '../../../src/domain/skeleton/restPose';
import type { JointName } from '../../../src/domain/skeleton/joints';

export function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

export function scale(a: Vec3, s: number): Vec3 {
  return [a[0] * s, a[1] * s, a[2] * s];
}

export function length(a: Vec3): number {
  return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
}

export function normalize(a: Vec3): Vec3 {
  return scale(a, 1 / length(a));
}

export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/** Sum of scaled vectors: `along(p, [d, 10], [n, 5])` = p + 10d + 5n. */
export function along(p: Vec3, ...steps: [Vec3, number][]): Vec3 {
  let out = p;
  for (const [d, s] of steps) out = add(out, scale(d, s));
  return out;
}

/** A joint's bind position in millimetres. */
export function jointMm(name: JointName): Vec3 {
  const p = REST_POSITIONS[name];
  return [p[0] * 1000, p[1] * 1000, p[2] * 1000];
}
