/** Shorthands for building equipment parts in metres. */
import { Matrix4, Vector3 } from 'three';
import type { EquipmentVec3 } from '../../../src/domain/equipment/dimensions';

export function v(x: number, y: number, z: number): Vector3 {
  return new Vector3(x, y, z);
}

export function vec(p: EquipmentVec3): Vector3 {
  return new Vector3(p[0], p[1], p[2]);
}

/** A transform with the given axes as local X, Y, Z (right-handed, unit) and origin. */
export function frame(x: Vector3, y: Vector3, z: Vector3, origin: Vector3): Matrix4 {
  return new Matrix4().makeBasis(x, y, z).setPosition(origin);
}
