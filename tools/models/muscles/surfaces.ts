import { Vector3 } from 'three';
import { wallSection } from '../../../src/domain/anatomy/trunkWall';
import type { Vec3 } from '../../../src/domain/anatomy/attachments';
import type { SurfaceNormal } from './loft';

/** The outward normal of the estimated trunk wall at the height of p: flat muscles lie along the wall. */
export const trunkOutward: SurfaceNormal = (p, out) => {
  const s = wallSection(p.y);
  const depth = p.z >= s.centreZ ? s.front : s.back;
  return out.set(p.x / (s.halfWidth * s.halfWidth), 0, (p.z - s.centreZ) / (depth * depth)).normalize();
};

/** Straight back (−Z): the deep back muscles face the skin of the back. */
export const backward: SurfaceNormal = (_p, out) => out.set(0, 0, -1);

const axisA = new Vector3();
const axisB = new Vector3();
const onAxis = new Vector3();

/** Outward from a limb's long axis (from joint a to joint b, bind world positions). */
export function limbOutward(a: Vec3, b: Vec3): SurfaceNormal {
  return (p, out) => {
    axisA.set(a[0], a[1], a[2]);
    axisB.set(b[0], b[1], b[2]).sub(axisA);
    const t = Math.min(1, Math.max(0, out.copy(p).sub(axisA).dot(axisB) / axisB.lengthSq()));
    onAxis.copy(axisA).addScaledVector(axisB, t);
    return out.copy(p).sub(onAxis).normalize();
  };
}

/** Outward from a point, e.g. the hip or shoulder centre for the muscles that cap those joints. */
export function radialFrom(c: Vec3): SurfaceNormal {
  return (p, out) => out.set(p.x - c[0], p.y - c[1], p.z - c[2]).normalize();
}
