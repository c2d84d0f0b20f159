/**
 * Analytic two-bone inverse kinematics (after Holden's formulation): turns the upper and middle joints of a limb so
 * its end reaches a target, keeping the limb's current bend plane. Pure maths on three.js types, no allocation.
 */
import { Quaternion, Vector3 } from 'three';
import { normalizeInPlace, setFromAxisAngleAt } from './frameMath';

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
/** The turns of one pass, radians: upper joint in the bend plane, middle joint, upper joint toward the target. */
const turns = new Float64Array(3);

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
  reachTwoBone(a, b, c, t, aWorld, bWorld, aLocal, bLocal, bendHint);
  return shortfall[0];
}

/**
 * solveTwoBone for the frame loop: the same solve, returning nothing, so no number is boxed for the caller (see
 * frameMath.ts).
 */
export function reachTwoBone(
  a: Vector3,
  b: Vector3,
  c: Vector3,
  t: Vector3,
  aWorld: Quaternion,
  bWorld: Quaternion,
  aLocal: Quaternion,
  bLocal: Quaternion,
  bendHint: Vector3,
): void {
  // The closed form aims and bends from the starting frame, which leaves a few millimetres off-plane; a second
  // pass from the corrected limb removes it.
  abLocal.subVectors(b, a).applyQuaternion(invA.copy(aWorld).invert());
  bcLocal.subVectors(c, b).applyQuaternion(invB.copy(bWorld).invert());
  pass(a, b, c, t, aWorld, bWorld, aLocal, bLocal, bendHint);
  aW.copy(aWorld).multiply(r0);
  bW.copy(aW)
    .multiply(bRel.copy(invA.copy(aWorld).invert()).multiply(bWorld))
    .multiply(r1);
  b2.copy(abLocal).applyQuaternion(aW).add(a);
  c2.copy(bcLocal).applyQuaternion(bW).add(b2);
  pass(a, b2, c2, t, aW, bW, aLocal, bLocal, bendHint);
}

/** How far the end stayed short of the target in the last pass, metres. */
const shortfall = new Float64Array(1);
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
): void {
  const eps = 1e-5;
  // Lengths and angles are written out on components (see frameMath.ts): this runs several times a frame.
  ab.subVectors(b, a);
  bc.subVectors(c, b);
  at.subVectors(t, a);
  ac.subVectors(c, a);
  ba.subVectors(a, b);
  const abSq = ab.x * ab.x + ab.y * ab.y + ab.z * ab.z;
  const bcSq = bc.x * bc.x + bc.y * bc.y + bc.z * bc.z;
  const atSq = at.x * at.x + at.y * at.y + at.z * at.z;
  const acSq = ac.x * ac.x + ac.y * ac.y + ac.z * ac.z;
  const baSq = ba.x * ba.x + ba.y * ba.y + ba.z * ba.z;
  const lab = Math.sqrt(abSq);
  const lcb = Math.sqrt(bcSq);
  const want = Math.sqrt(atSq);
  const lat = Math.min(Math.max(want, eps), lab + lcb - eps);
  const cosAcAb = (ac.x * ab.x + ac.y * ab.y + ac.z * ab.z) / Math.sqrt(acSq * abSq);
  const cosBaBc = (ba.x * bc.x + ba.y * bc.y + ba.z * bc.z) / Math.sqrt(baSq * bcSq);
  const cosAcAt = (ac.x * at.x + ac.y * at.y + ac.z * at.z) / Math.sqrt(acSq * atSq);
  const acAb0 = Math.acos(Math.min(1, Math.max(-1, cosAcAb)));
  const baBc0 = Math.acos(Math.min(1, Math.max(-1, cosBaBc)));
  const acAt0 = Math.acos(Math.min(1, Math.max(-1, cosAcAt)));
  const acAb1 = Math.acos(Math.min(1, Math.max(-1, (lcb * lcb - lab * lab - lat * lat) / (-2 * lab * lat))));
  const baBc1 = Math.acos(Math.min(1, Math.max(-1, (lat * lat - lab * lab - lcb * lcb) / (-2 * lab * lcb))));
  axis0.crossVectors(ac, ab);
  if (axis0.x * axis0.x + axis0.y * axis0.y + axis0.z * axis0.z < 1e-10) axis0.copy(bendHint);
  normalizeInPlace(axis0);
  invA.copy(aWorld).invert();
  invB.copy(bWorld).invert();
  turns[0] = acAb1 - acAb0;
  turns[1] = baBc1 - baBc0;
  turns[2] = acAt0;
  setFromAxisAngleAt(r0, local.copy(axis0).applyQuaternion(invA), turns, 0);
  setFromAxisAngleAt(r1, local.copy(axis0).applyQuaternion(invB), turns, 1);
  axis1.crossVectors(ac, at);
  if (axis1.x * axis1.x + axis1.y * axis1.y + axis1.z * axis1.z > 1e-12 && acAt0 > 1e-7) {
    setFromAxisAngleAt(r2, local.copy(normalizeInPlace(axis1)).applyQuaternion(invA), turns, 2);
  } else {
    r2.identity();
  }
  // r0 keeps the combined turn of the upper joint and r1 the middle joint's, for a follow-up pass.
  r0.multiply(r2);
  aLocal.multiply(r0);
  bLocal.multiply(r1);
  shortfall[0] = Math.max(0, want - lat);
}
