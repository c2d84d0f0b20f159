/**
 * Level set and simplification for the figure. Same steps as ../polygonise.ts (manifold levelSet, then
 * meshoptimizer), with one difference that matters for a skin: the simplifier regularises triangle shapes.
 * Plain simplification of a level set leaves thousands of needle triangles; under 16-bit position quantisation
 * and posing, needles flip and print dark hairlines on a translucent double-sided skin.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import { cached } from '../cache';
import { compact, manifold, type LodTarget } from '../polygonise';
import type { Sdf, Vec3 } from '../sdf';

/** A triangle mesh in millimetres. */
export interface RawMesh {
  positions: Float32Array;
  indices: Uint32Array;
  /** Genus of the level-set surface (0 for a closed figure without handles). */
  genus: number;
}

async function polygoniseNow(
  f: Sdf,
  min: Vec3,
  max: Vec3,
  edge: number,
  targets: readonly LodTarget[],
): Promise<RawMesh[]> {
  const w = await manifold();
  await MeshoptSimplifier.ready;
  // manifold treats positive as inside; the fields here are negative inside.
  const solid = w.Manifold.levelSet((p) => -f(p[0], p[1], p[2]), { min: [...min], max: [...max] }, edge);
  const raw = solid.getMesh();
  const genus = solid.genus();
  solid.delete();
  return targets.map(({ triangles, maxError }) => {
    const [simplified] =
      triangles * 3 >= raw.triVerts.length
        ? [raw.triVerts.slice()]
        : MeshoptSimplifier.simplify(raw.triVerts, raw.vertProperties, 3, triangles * 3, maxError, [
            'ErrorAbsolute',
            'RegularizeLight',
          ]);
    return { ...compact(raw.vertProperties, simplified), genus };
  });
}

/** Polygonises `f` once (cached under `key`) and simplifies it to each target. */
export function polygoniseBody(
  key: string,
  f: Sdf,
  bounds: { min: Vec3; max: Vec3 },
  edge: number,
  targets: readonly LodTarget[],
): Promise<RawMesh[]> {
  return cached(`${key}:${JSON.stringify({ bounds, edge, targets })}`, () =>
    polygoniseNow(f, bounds.min, bounds.max, edge, targets),
  );
}

const EPS = 0.2;

/** Unit normals from the field's central-difference gradient: smooth shading whatever the triangulation. */
export function gradientNormals(f: Sdf, positions: Float32Array): Float32Array {
  const n = positions.length / 3;
  const normals = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const x = positions[i * 3];
    const y = positions[i * 3 + 1];
    const z = positions[i * 3 + 2];
    const nx = f(x + EPS, y, z) - f(x - EPS, y, z);
    const ny = f(x, y + EPS, z) - f(x, y - EPS, z);
    const nz = f(x, y, z + EPS) - f(x, y, z - EPS);
    const l = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    normals[i * 3] = nx / l;
    normals[i * 3 + 1] = ny / l;
    normals[i * 3 + 2] = nz / l;
  }
  return normals;
}
