/**
 * Analytic two-bone inverse kinematics (after Holden's formulation): turns the upper and middle joints of a limb so
 * its end reaches a target, keeping the limb's current bend plane. Pure maths on three.js types, no allocation.
 */
import { Quaternion, Vector3 } from 'three';

const ab = new Vector3();
const ac = new Vector3();
const at = new Vector3();
const ba = new Vector3();
const bc = new Vector3();
const axis0 = new Vector3();
const axis1 = new Vector3();
const local = new Vector3();
const invA = new Quaternion();
const invB = new Quaternion();
const r0 = new Quaternion();
const r1 = new Quaternion();
const r2 = new Quaternion();

function angleBetween(u: Vector3, v: Vector3): number {
  const d = u.dot(v) / Math.sqrt(u.lengthSq() * v.lengthSq());
  return Math.acos(Math.min(1, Math.max(-1, d)));
}

/**
 * a, b, c: world positions of the upper joint, middle joint and end; t: target. aWorld, bWorld: world rotations of
 * joints a and b; aLocal, bLocal are updated in place. `bendHint` (world) is used as the bend plane's normal when
 * the limb is straight. Returns the distance the end stays short of the target (0 when reached).
 */
export function solveTwoBone(
  a: Vector3,
  b: Vector3,
  c: Vector3,
  t: Vector3,
  aWorld: Quaternion,
  bWorld: Quaternion,
  aLocal: Quaternion,
  bLocal: Quaternion,
  bendHint: Vector3,
): number {
  // The closed form aims and bends from the starting frame, which leaves a few millimetres off-plane; a second
  // pass from the corrected limb removes it.
  abLocal.subVectors(b, a).applyQuaternion(invA.copy(aWorld).invert());
  bcLocal.subVectors(c, b).applyQuaternion(invB.copy(bWorld).invert());
  let short = pass(a, b, c, t, aWorld, bWorld, aLocal, bLocal, bendHint);
  aW.copy(aWorld).multiply(r0);
  bW.copy(aW)
    .multiply(bRel.copy(invA.copy(aWorld).invert()).multiply(bWorld))
    .multiply(r1);
  b2.copy(abLocal).applyQuaternion(aW).add(a);
  c2.copy(bcLocal).applyQuaternion(bW).add(b2);
  short = pass(a, b2, c2, t, aW, bW, aLocal, bLocal, bendHint);
  return short;
}

const abLocal = new Vector3();
const bcLocal = new Vector3();
const aW = new Quaternion();
const bW = new Quaternion();
const bRel = new Quaternion();
const b2 = new Vector3();
const c2 = new Vector3();

function pass(
  a: Vector3,
  b: Vector3,
  c: Vector3,
  t: Vector3,
  aWorld: Quaternion,
  bWorld: Quaternion,
  aLocal: Quaternion,
  bLocal: Quaternion,
  bendHint: Vector3,
): number {
  const eps = 1e-5;
  const lab = ab.subVectors(b, a).length();
  const lcb = bc.subVectors(c, b).length();
  const want = at.subVectors(t, a).length();
  const lat = Math.min(Math.max(want, eps), lab + lcb - eps);
  ac.subVectors(c, a);
  ba.subVectors(a, b);
  const acAb0 = angleBetween(ac, ab);
  const baBc0 = angleBetween(ba, bc);
  const acAt0 = angleBetween(ac, at);
  const acAb1 = Math.acos(Math.min(1, Math.max(-1, (lcb * lcb - lab * lab - lat * lat) / (-2 * lab * lat))));
  const baBc1 = Math.acos(Math.min(1, Math.max(-1, (lat * lat - lab * lab - lcb * lcb) / (-2 * lab * lcb))));
  axis0.crossVectors(ac, ab);
  if (axis0.lengthSq() < 1e-10) axis0.copy(bendHint);
  axis0.normalize();
  invA.copy(aWorld).invert();
  invB.copy(bWorld).invert();
  r0.setFromAxisAngle(local.copy(axis0).applyQuaternion(invA), acAb1 - acAb0);
  r1.setFromAxisAngle(local.copy(axis0).applyQuaternion(invB), baBc1 - baBc0);
  axis1.crossVectors(ac, at);
  if (axis1.lengthSq() > 1e-12 && acAt0 > 1e-7) {
    r2.setFromAxisAngle(local.copy(axis1.normalize()).applyQuaternion(invA), acAt0);
  } else {
    r2.identity();
  }
  // r0 keeps the combined turn of the upper joint and r1 the middle joint's, for a follow-up pass.
  r0.multiply(r2);
  aLocal.multiply(r0);
  bLocal.multiply(r1);
  return Math.max(0, want - lat);
}
