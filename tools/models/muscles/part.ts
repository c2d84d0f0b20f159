import type { MuscleId, Side } from '../../../src/domain/anatomy/ids';
import { nodeName } from '../../../src/domain/anatomy/ids';
import type { MeshPart } from '../meshPart';
import type { SkinnedTube } from './tubes';

/** Area-weighted vertex normals of an indexed mesh. */
function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const normals = new Float32Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t] * 3;
    const b = indices[t + 1] * 3;
    const c = indices[t + 2] * 3;
    const ux = positions[b] - positions[a];
    const uy = positions[b + 1] - positions[a + 1];
    const uz = positions[b + 2] - positions[a + 2];
    const vx = positions[c] - positions[a];
    const vy = positions[c + 1] - positions[a + 1];
    const vz = positions[c + 2] - positions[a + 2];
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const v of [a, b, c]) {
      normals[v] += nx;
      normals[v + 1] += ny;
      normals[v + 2] += nz;
    }
  }
  for (let i = 0; i < normals.length; i += 3) {
    const len = Math.sqrt(normals[i] ** 2 + normals[i + 1] ** 2 + normals[i + 2] ** 2);
    if (len > 1e-12) {
      normals[i] /= len;
      normals[i + 1] /= len;
      normals[i + 2] /= len;
    } else {
      // Only degenerate faces meet here (a sheet converging on its tendon); any unit vector shades them alike.
      normals[i + 1] = 1;
    }
  }
  return normals;
}

/**
 * Drops needle-thin triangles: under 0.8 mm high and under a twentieth as high as they are long (where sheet
 * columns crowd together). They cover nothing, and the smallest bend of the skeleton can flip them.
 */
function withoutSlivers(positions: Float32Array, indices: Uint32Array): Uint32Array {
  const kept: number[] = [];
  const p = (i: number, k: number) => positions[i * 3 + k];
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t], indices[t + 1], indices[t + 2]];
    const u = [p(b, 0) - p(a, 0), p(b, 1) - p(a, 1), p(b, 2) - p(a, 2)];
    const v = [p(c, 0) - p(a, 0), p(c, 1) - p(a, 1), p(c, 2) - p(a, 2)];
    const w = [p(c, 0) - p(b, 0), p(c, 1) - p(b, 1), p(c, 2) - p(b, 2)];
    const cross = Math.hypot(u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]);
    const longest = Math.max(Math.hypot(...u), Math.hypot(...v), Math.hypot(...w));
    const height = cross / (longest || 1);
    if (height > 0.0008 || height > 0.05 * longest) kept.push(a, b, c);
  }
  return Uint32Array.from(kept);
}

/** Merges a muscle's tubes into one skinned MeshPart, named and tagged for the viewer. */
export function musclePart(id: MuscleId, side: Side, tubes: readonly SkinnedTube[]): MeshPart {
  const vertexCount = tubes.reduce((n, t) => n + t.tube.positions.length / 3, 0);
  const indexCount = tubes.reduce((n, t) => n + t.tube.indices.length, 0);
  const positions = new Float32Array(vertexCount * 3);
  const colors = new Float32Array(vertexCount * 3);
  const indices = new Uint32Array(indexCount);
  const joints = new Uint16Array(vertexCount * 4);
  const weights = new Float32Array(vertexCount * 4);
  let v = 0;
  let i = 0;
  for (const { tube, skin } of tubes) {
    positions.set(tube.positions, v * 3);
    colors.set(tube.colors, v * 3);
    joints.set(skin.joints, v * 4);
    weights.set(skin.weights, v * 4);
    for (const index of tube.indices) indices[i++] = index + v;
    v += tube.positions.length / 3;
  }
  const solid = withoutSlivers(positions, indices);
  return {
    name: nodeName(id, side),
    tag: { id, kind: 'muscle', side },
    material: 'muscle',
    positions,
    normals: vertexNormals(positions, solid),
    indices: solid,
    colors,
    binding: { kind: 'skinned', joints, weights },
  };
}
