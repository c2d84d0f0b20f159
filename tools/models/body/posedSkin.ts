/**
 * Reads a skinned GLB and computes its vertices in a pose on the CPU, the way a GPU skins them (glTF semantics:
 * skin matrix = Σ weight × jointWorld × inverseBind, applied to the stored, possibly quantised, positions).
 * Tests use it to pose the figure without a browser and to measure how far its triangles stretch.
 */
import { Matrix4, Quaternion, Vector3 } from 'three';
import type { Document } from '@gltf-transform/core';

/** What posing needs from the file. */
export interface SkinnedData {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  joints: Uint16Array;
  weights: Float32Array;
  jointNames: string[];
  /** Parent index of each skin joint (-1 for the root). */
  parents: number[];
  /** Local bind translation of each skin joint. */
  translations: Vector3[];
  inverseBind: Matrix4[];
}

function readAttribute(doc: Document, semantic: string): Float32Array {
  const prim = doc.getRoot().listMeshes()[0].listPrimitives()[0];
  const a = prim.getAttribute(semantic);
  if (!a) throw new Error(`missing ${semantic}`);
  const size = a.getElementSize();
  const out = new Float32Array(a.getCount() * size);
  const e: number[] = [];
  for (let i = 0; i < a.getCount(); i++) {
    a.getElement(i, e);
    for (let k = 0; k < size; k++) out[i * size + k] = e[k];
  }
  return out;
}

/** Pulls the first skinned mesh and its skeleton out of a document. */
export function readSkinned(doc: Document): SkinnedData {
  const root = doc.getRoot();
  const skin = root.listSkins()[0];
  const joints = skin.listJoints();
  const prim = root.listMeshes()[0].listPrimitives()[0];
  const ibmAccessor = skin.getInverseBindMatrices()!;
  const inverseBind = joints.map((_, i) => new Matrix4().fromArray(ibmAccessor.getElement(i, [])));
  const parents = joints.map((j) => {
    const parent = j.getParentNode();
    return parent ? joints.indexOf(parent) : -1;
  });
  const indexAccessor = prim.getIndices()!;
  return {
    positions: readAttribute(doc, 'POSITION'),
    normals: readAttribute(doc, 'NORMAL'),
    indices: Uint32Array.from(indexAccessor.getArray()!),
    joints: Uint16Array.from(readAttribute(doc, 'JOINTS_0')),
    weights: readAttribute(doc, 'WEIGHTS_0'),
    jointNames: joints.map((j) => j.getName()),
    parents,
    translations: joints.map((j) => new Vector3(...j.getTranslation())),
    inverseBind,
  };
}

/** World matrices of the skin joints for local rotations by joint name (missing = identity). */
export function jointWorlds(data: SkinnedData, rotations: Readonly<Record<string, Quaternion>>): Matrix4[] {
  const worlds: Matrix4[] = [];
  const one = new Vector3(1, 1, 1);
  data.jointNames.forEach((name, i) => {
    const local = new Matrix4().compose(data.translations[i], rotations[name] ?? new Quaternion(), one);
    const parent = data.parents[i];
    // Joints are listed parents first (JOINT_NAMES order), so the parent's world matrix is ready.
    worlds.push(parent < 0 ? local : new Matrix4().multiplyMatrices(worlds[parent], local));
  });
  return worlds;
}

/** Skinned vertex positions (world) for the given local joint rotations. */
export function skinPositions(data: SkinnedData, rotations: Readonly<Record<string, Quaternion>>): Float32Array {
  const worlds = jointWorlds(data, rotations);
  const skinMats = worlds.map((w, i) => new Matrix4().multiplyMatrices(w, data.inverseBind[i]));
  const n = data.positions.length / 3;
  const out = new Float32Array(n * 3);
  const p = new Vector3();
  const acc = new Vector3();
  const tmp = new Vector3();
  for (let v = 0; v < n; v++) {
    p.fromArray(data.positions, v * 3);
    acc.set(0, 0, 0);
    for (let k = 0; k < 4; k++) {
      const w = data.weights[v * 4 + k];
      if (w === 0) continue;
      tmp
        .copy(p)
        .applyMatrix4(skinMats[data.joints[v * 4 + k]])
        .multiplyScalar(w);
      acc.add(tmp);
    }
    out[v * 3] = acc.x;
    out[v * 3 + 1] = acc.y;
    out[v * 3 + 2] = acc.z;
  }
  return out;
}

/** Per-triangle quality of a pose against the bind pose. */
export interface StretchReport {
  /** Largest ratio of a triangle's longest edge, posed over bind. */
  maxLongestEdgeRatio: number;
  /** Triangles whose facing turned more than 90° away from their own bones' rotation of the bind facing. */
  inverted: number;
  /** Indices of the inverted triangles. */
  invertedTriangles: number[];
  triangles: number;
}

function triangleNormal(p: Float32Array, a: number, b: number, c: number, out: Vector3): Vector3 {
  const ax = p[b * 3] - p[a * 3];
  const ay = p[b * 3 + 1] - p[a * 3 + 1];
  const az = p[b * 3 + 2] - p[a * 3 + 2];
  const bx = p[c * 3] - p[a * 3];
  const by = p[c * 3 + 1] - p[a * 3 + 1];
  const bz = p[c * 3 + 2] - p[a * 3 + 2];
  return out.set(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx);
}

function longestEdge(p: Float32Array, a: number, b: number, c: number): number {
  const d = (i: number, j: number) =>
    Math.sqrt((p[i * 3] - p[j * 3]) ** 2 + (p[i * 3 + 1] - p[j * 3 + 1]) ** 2 + (p[i * 3 + 2] - p[j * 3 + 2]) ** 2);
  return Math.max(d(a, b), d(b, c), d(c, a));
}

/**
 * Compares a pose with the bind pose. A triangle counts as inverted when its posed normal points against its
 * bind normal carried by the rotation of the triangle's dominant joint (a fold the skin should never make).
 * Needle triangles are left out of that count, since their facing is undefined.
 */
export function stretchReport(data: SkinnedData, rotations: Readonly<Record<string, Quaternion>>): StretchReport {
  const bind = skinPositions(data, {});
  const posed = skinPositions(data, rotations);
  const worlds = jointWorlds(data, rotations);
  const q = worlds.map((w) => new Quaternion().setFromRotationMatrix(w));
  const nb = new Vector3();
  const np = new Vector3();
  let maxRatio = 0;
  const invertedTriangles: number[] = [];
  const tris = data.indices.length / 3;
  for (let t = 0; t < tris; t++) {
    const a = data.indices[t * 3];
    const b = data.indices[t * 3 + 1];
    const c = data.indices[t * 3 + 2];
    const rest = longestEdge(bind, a, b, c);
    if (rest > 0) maxRatio = Math.max(maxRatio, longestEdge(posed, a, b, c) / rest);
    triangleNormal(bind, a, b, c, nb);
    triangleNormal(posed, a, b, c, np);
    // Needles (height under 5% of the longest edge) have no meaningful facing: a rounding error turns them over.
    if (nb.length() < 0.05 * rest * rest) continue;
    // Dominant joint of the triangle: the largest single weight among its three vertices.
    let best = 0;
    let joint = 0;
    for (const v of [a, b, c]) {
      for (let k = 0; k < 4; k++) {
        if (data.weights[v * 4 + k] > best) {
          best = data.weights[v * 4 + k];
          joint = data.joints[v * 4 + k];
        }
      }
    }
    if (nb.applyQuaternion(q[joint]).dot(np) < 0) invertedTriangles.push(t);
  }
  return { maxLongestEdgeRatio: maxRatio, inverted: invertedTriangles.length, invertedTriangles, triangles: tris };
}
