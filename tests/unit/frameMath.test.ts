import { Euler, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  eulerXZYOf,
  normalizeInPlace,
  setFromAxisAngleAt,
  setFromEulerAngles,
  setFromUnitVectorsOf,
} from '../../src/domain/motion/frameMath';

// The frame-loop steps stand in for three.js methods; each must give what the method gives, or poses drift.
const ANGLE_SETS: [number, number, number][] = [
  [0, 0, 0],
  [0.3, -0.7, 1.1],
  [-1.2, 0.4, -0.25],
  [Math.PI / 2, 0.2, -0.1],
  [0.05, 1.5, 2.9],
];

function close(q: Quaternion, r: Quaternion) {
  expect(q.x).toBeCloseTo(r.x, 12);
  expect(q.y).toBeCloseTo(r.y, 12);
  expect(q.z).toBeCloseTo(r.z, 12);
  expect(q.w).toBeCloseTo(r.w, 12);
}

describe('frame-loop maths', () => {
  it.each(['XZY', 'YZX'] as const)('setFromEulerAngles matches setFromEuler in order %s', (order) => {
    for (const [x, y, z] of ANGLE_SETS) {
      const q = setFromEulerAngles(new Quaternion(), Float64Array.of(x, y, z), order);
      close(q, new Quaternion().setFromEuler(new Euler(x, y, z, order)));
    }
  });

  it('eulerXZYOf matches Euler.setFromQuaternion, including the gimbal case', () => {
    const out = new Float64Array(3);
    const cases = [...ANGLE_SETS, [0.4, 0.3, -Math.PI / 2] as [number, number, number]];
    for (const [x, y, z] of cases) {
      const q = new Quaternion().setFromEuler(new Euler(x, y, z, 'XZY'));
      const expected = new Euler().setFromQuaternion(q, 'XZY');
      eulerXZYOf(q, out);
      expect(out[0]).toBeCloseTo(expected.x, 12);
      expect(out[1]).toBeCloseTo(expected.y, 12);
      expect(out[2]).toBeCloseTo(expected.z, 12);
    }
  });

  it('setFromAxisAngleAt matches setFromAxisAngle', () => {
    const axis = new Vector3(1, 2, -0.5).normalize();
    const angles = Float64Array.of(0.9, -2.2);
    close(setFromAxisAngleAt(new Quaternion(), axis, angles, 1), new Quaternion().setFromAxisAngle(axis, -2.2));
  });

  it('setFromUnitVectorsOf matches setFromUnitVectors, opposite vectors included', () => {
    const from = new Vector3(0.2, -0.9, 0.3).normalize();
    for (const to of [new Vector3(0.5, 0.5, -0.7).normalize(), from.clone().negate()]) {
      const q = setFromUnitVectorsOf(new Quaternion(), from, to);
      expect(from.clone().applyQuaternion(q).distanceTo(to)).toBeLessThan(1e-9);
    }
  });

  it('normalizeInPlace leaves a zero vector alone and scales others to unit length', () => {
    expect(normalizeInPlace(new Vector3()).length()).toBe(0);
    expect(normalizeInPlace(new Vector3(3, 4, 12)).length()).toBeCloseTo(1, 12);
  });
});
