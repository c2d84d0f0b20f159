/**
 * Turns a signed distance field into a shaded triangle mesh: manifold's levelSet (watertight by construction),
 * meshoptimizer simplification per level of detail, normals from the field's gradient (smooth whatever the
 * triangulation), and ambient occlusion baked into vertex colours from the same field.
 */
import Module from 'manifold-3d';
import { MeshoptSimplifier } from 'meshoptimizer';
import type { Sdf, Vec3 } from './sdf';
import { cached } from './cache';

/** A mesh in the generator's local frame (millimetres) before it is placed in the world. */
export interface LocalMesh {
  positions: Float32Array;
  normals: Float32Array;
  colors: Float32Array;
  indices: Uint32Array;
  /** Genus of the raw levelSet surface (holes through it), for topology tests. */
  genus: number;
}

/** Triangle budget and the largest simplification error (mm) for one level of detail. */
export interface LodTarget {
  triangles: number;
  maxError: number;
}

/** Returns an RGB tint in [0, 1] for a surface point, or null for plain bone. */
export type Paint = (x: number, y: number, z: number) => Vec3 | null;

export interface PolygoniseOptions {
  /** Axis-aligned bounds in mm; keep a margin of a few cells or the surface is clipped. */
  min: Vec3;
  max: Vec3;
  /** Grid edge in mm: the finest detail the surface can keep. */
  edge: number;
  /** One entry per level of detail (e.g. desktop, phone): triangle budget and largest error allowed, mm. */
  targets: LodTarget[];
  paint?: Paint;
}

type ManifoldModule = Awaited<ReturnType<typeof Module>>;
let wasm: Promise<ManifoldModule> | null = null;

/** The manifold-3d module, loaded once and shared by every polygoniser. */
export function manifold(): Promise<ManifoldModule> {
  wasm ??= Module().then((m) => {
    m.setup();
    return m;
  });
  return wasm;
}

/**
 * Polygonises `f` once and returns one simplified mesh per target. `key` names the part for the build cache
 * (the field itself cannot be hashed, so the key plus a hash of the generator sources stands for it).
 */
export async function polygonise(key: string, f: Sdf, opts: PolygoniseOptions): Promise<LocalMesh[]> {
  return cached(`${key}:${JSON.stringify({ ...opts, paint: undefined })}`, async () => {
    const started = Date.now();
    const out = await polygoniseNow(f, opts);
    if (process.env.MODELS_VERBOSE) console.log(`polygonised ${key} in ${Date.now() - started} ms`);
    return out;
  });
}

async function polygoniseNow(f: Sdf, opts: PolygoniseOptions): Promise<LocalMesh[]> {
  const w = await manifold();
  await MeshoptSimplifier.ready;
  // manifold treats positive as inside; our fields are negative inside.
  const solid = w.Manifold.levelSet((p) => -f(p[0], p[1], p[2]), { min: [...opts.min], max: [...opts.max] }, opts.edge);
  const raw = solid.getMesh();
  const genus = solid.genus();
  solid.delete();
  const positions = raw.vertProperties;
  const triVerts = raw.triVerts;
  return opts.targets.map(({ triangles, maxError }) => {
    const [simplified] =
      triangles * 3 >= triVerts.length
        ? [triVerts.slice()]
        : MeshoptSimplifier.simplify(triVerts, positions, 3, triangles * 3, maxError, ['ErrorAbsolute']);
    return shade(f, compact(positions, simplified), genus, opts.paint);
  });
}

/** Drops vertices the simplifier no longer uses. */
export function compact(
  positions: Float32Array,
  indices: Uint32Array,
): { positions: Float32Array; indices: Uint32Array } {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  const out: number[] = [];
  const idx = new Uint32Array(indices.length);
  let n = 0;
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i];
    if (remap[v] < 0) {
      remap[v] = n++;
      out.push(positions[v * 3], positions[v * 3 + 1], positions[v * 3 + 2]);
    }
    idx[i] = remap[v];
  }
  return { positions: new Float32Array(out), indices: idx };
}

const EPS = 0.2;

/** Gradient normals and SDF ambient occlusion (iq's five-tap march along the normal). */
function shade(f: Sdf, m: { positions: Float32Array; indices: Uint32Array }, genus: number, paint?: Paint): LocalMesh {
  const n = m.positions.length / 3;
  const normals = new Float32Array(n * 3);
  const colors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const x = m.positions[i * 3];
    const y = m.positions[i * 3 + 1];
    const z = m.positions[i * 3 + 2];
    let nx = f(x + EPS, y, z) - f(x - EPS, y, z);
    let ny = f(x, y + EPS, z) - f(x, y - EPS, z);
    let nz = f(x, y, z + EPS) - f(x, y, z - EPS);
    const l = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    nx /= l;
    ny /= l;
    nz /= l;
    normals.set([nx, ny, nz], i * 3);
    // Occlusion: how much closer the field is than the free distance along the normal, weighted by depth.
    let occ = 0;
    let weight = 1;
    for (let k = 1; k <= 5; k++) {
      const h = 1.2 * k;
      occ += (h - f(x + nx * h, y + ny * h, z + nz * h)) * weight;
      weight *= 0.6;
    }
    const ao = Math.min(1, Math.max(0.35, 1 - 0.09 * occ));
    const tint = paint?.(x, y, z);
    colors[i * 3] = ao * (tint ? tint[0] : 1);
    colors[i * 3 + 1] = ao * (tint ? tint[1] : 1);
    colors[i * 3 + 2] = ao * (tint ? tint[2] : 1);
  }
  return { positions: m.positions, normals, colors, indices: m.indices, genus };
}
