/**
 * Vector and quaternion steps for the frame loop that take and return objects only. A number passed to or returned
 * from a call the compiler does not inline is boxed on the heap; these run many times a frame, so their numbers
 * travel in fields and typed arrays instead. Each gives exactly what the three.js method it replaces gives.
 */
import type { Quaternion, Vector3 } from 'three';

const quat = new Float64Array(4);

/** v.normalize(), in place. */
export function normalizeInPlace(v: Vector3): Vector3 {
  const inverse = 1 / (Math.sqrt(v.x * v.x + v.y * v.y + v.z * v.z) || 1);
  v.x *= inverse;
  v.y *= inverse;
  v.z *= inverse;
  return v;
}

/** q.setFromAxisAngle(axis, angles[i]). */
export function setFromAxisAngleAt(q: Quaternion, axis: Vector3, angles: Float64Array, i: number): Quaternion {
  const half = angles[i] / 2;
  const s = Math.sin(half);
  quat[0] = axis.x * s;
  quat[1] = axis.y * s;
  quat[2] = axis.z * s;
  quat[3] = Math.cos(half);
  return q.fromArray(quat);
}

/** q.setFromUnitVectors(from, to): the shortest turn taking unit vector `from` onto unit vector `to`. */
export function setFromUnitVectorsOf(q: Quaternion, from: Vector3, to: Vector3): Quaternion {
  const r = from.x * to.x + from.y * to.y + from.z * to.z + 1;
  if (r < 1e-8) {
    // Opposite directions: half a turn about any axis square to `from`.
    if (Math.abs(from.x) > Math.abs(from.z)) {
      quat[0] = -from.y;
      quat[1] = from.x;
      quat[2] = 0;
    } else {
      quat[0] = 0;
      quat[1] = -from.z;
      quat[2] = from.y;
    }
    quat[3] = 0;
  } else {
    quat[0] = from.y * to.z - from.z * to.y;
    quat[1] = from.z * to.x - from.x * to.z;
    quat[2] = from.x * to.y - from.y * to.x;
    quat[3] = r;
  }
  const length = Math.sqrt(quat[0] * quat[0] + quat[1] * quat[1] + quat[2] * quat[2] + quat[3] * quat[3]);
  if (length === 0) {
    quat[0] = 0;
    quat[1] = 0;
    quat[2] = 0;
    quat[3] = 1;
  } else {
    const inverse = 1 / length;
    quat[0] *= inverse;
    quat[1] *= inverse;
    quat[2] *= inverse;
    quat[3] *= inverse;
  }
  return q.fromArray(quat);
}
