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

/**
 * q.setFromEuler(new Euler(angles[0], angles[1], angles[2], order)) for the two orders the skeleton uses, with the
 * same arithmetic as three.js.
 */
export function setFromEulerAngles(q: Quaternion, angles: Float64Array, order: 'XZY' | 'YZX'): Quaternion {
  const c1 = Math.cos(angles[0] / 2);
  const c2 = Math.cos(angles[1] / 2);
  const c3 = Math.cos(angles[2] / 2);
  const s1 = Math.sin(angles[0] / 2);
  const s2 = Math.sin(angles[1] / 2);
  const s3 = Math.sin(angles[2] / 2);
  if (order === 'XZY') {
    quat[0] = s1 * c2 * c3 - c1 * s2 * s3;
    quat[1] = c1 * s2 * c3 - s1 * c2 * s3;
    quat[2] = c1 * c2 * s3 + s1 * s2 * c3;
    quat[3] = c1 * c2 * c3 + s1 * s2 * s3;
  } else {
    quat[0] = s1 * c2 * c3 + c1 * s2 * s3;
    quat[1] = c1 * s2 * c3 + s1 * c2 * s3;
    quat[2] = c1 * c2 * s3 - s1 * s2 * c3;
    quat[3] = c1 * c2 * c3 - s1 * s2 * s3;
  }
  return q.fromArray(quat);
}

/**
 * new Euler().setFromQuaternion(q, 'XZY') into out[0..2] (x, y, z), with the same arithmetic as three.js: the
 * rotation matrix's entries worked out from the quaternion, then the angles from them.
 */
export function eulerXZYOf(q: Quaternion, out: Float64Array): Float64Array {
  const x = q.x;
  const y = q.y;
  const z = q.z;
  const w = q.w;
  const x2 = x + x;
  const y2 = y + y;
  const z2 = z + z;
  const xx = x * x2;
  const xy = x * y2;
  const xz = x * z2;
  const yy = y * y2;
  const yz = y * z2;
  const zz = z * z2;
  const wx = w * x2;
  const wy = w * y2;
  const wz = w * z2;
  const m11 = 1 - (yy + zz);
  const m12 = xy - wz;
  const m13 = xz + wy;
  const m22 = 1 - (xx + zz);
  const m23 = yz - wx;
  const m32 = yz + wx;
  const m33 = 1 - (xx + yy);
  out[2] = Math.asin(-Math.max(-1, Math.min(1, m12)));
  if (Math.abs(m12) < 0.9999999) {
    out[0] = Math.atan2(m32, m22);
    out[1] = Math.atan2(m13, m11);
  } else {
    out[0] = Math.atan2(-m23, m33);
    out[1] = 0;
  }
  return out;
}
