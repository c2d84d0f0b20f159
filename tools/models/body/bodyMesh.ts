/**
 * Polygonises the figure once, simplifies it per level of detail, shades it (gradient normals, a soft
 * ambient-occlusion bake at body scale) and skins it. Output is in metres, ready for the GLB writer.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gradientNormals, polygoniseBody } from './bodyPolygonise';
import type { Sdf } from '../sdf';
import { BODY_BOUNDS, bodySdf } from './bodyShape';
import { skinWeights } from './skinWeights';
import type { SkinnedSurface } from './skinnedGlb';

/** The two levels of detail: desktop and phone. */
export type BodyLod = 'desktop' | 'phone';

/**
 * Triangle budgets (desktop ≤ ~60k; phone ≤ ~6k, as software renderers get it too) and the simplifier's error
 * allowance, mm.
 */
export const BODY_LODS: Record<BodyLod, { triangles: number; maxError: number }> = {
  desktop: { triangles: 56_000, maxError: 3 },
  phone: { triangles: 5_500, maxError: 14 },
};

/** Grid edge of the level set, mm: fine enough for a 26 mm thick mitten to keep 5 cells across. */
export const BODY_GRID_EDGE = 5;

/** Linear base colour of the skin in the file (the app replaces the material by its name). */
const SKIN_COLOUR: [number, number, number, number] = [0.7, 0.5, 0.38, 1];

/**
 * Occlusion at body scale: how far the field falls short of free space along the normal over 6–30 mm. The
 * generic bake in polygonise.ts works at bone scale (1–6 mm) and barely marks an armpit or the crotch.
 */
function bodyOcclusion(f: Sdf, positions: Float32Array, normals: Float32Array): Float32Array {
  const n = positions.length / 3;
  const colors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const x = positions[i * 3];
    const y = positions[i * 3 + 1];
    const z = positions[i * 3 + 2];
    let occ = 0;
    let total = 0;
    let weight = 1;
    for (let k = 1; k <= 5; k++) {
      const h = 6 * k;
      occ +=
        Math.max(0, h - f(x + normals[i * 3] * h, y + normals[i * 3 + 1] * h, z + normals[i * 3 + 2] * h)) * weight;
      total += h * weight;
      weight *= 0.6;
    }
    const ao = 1 - 0.55 * Math.min(1, occ / total);
    colors[i * 3] = ao;
    colors[i * 3 + 1] = ao;
    colors[i * 3 + 2] = ao;
  }
  return colors;
}

/**
 * Cache key of the figure's field: the shared build cache hashes only the top-level generator sources, so the
 * key carries a hash of this folder's sources too, and any change to the figure rebuilds it.
 */
function fieldKey(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const h = createHash('sha256');
  for (const file of readdirSync(here).sort())
    if (file.endsWith('.ts')) h.update(file).update(readFileSync(join(here, file)));
  return `body:${h.digest('hex').slice(0, 16)}`;
}

/** Builds the skinned surface for every level of detail. */
export async function buildBodySurfaces(edge = BODY_GRID_EDGE): Promise<Record<BodyLod, SkinnedSurface>> {
  const lods = Object.keys(BODY_LODS) as BodyLod[];
  const meshes = await polygoniseBody(
    fieldKey(),
    bodySdf,
    BODY_BOUNDS,
    edge,
    lods.map((lod) => BODY_LODS[lod]),
  );
  const out = {} as Record<BodyLod, SkinnedSurface>;
  lods.forEach((lod, i) => {
    const m = meshes[i];
    const skin = skinWeights(m.positions);
    const normals = gradientNormals(bodySdf, m.positions);
    const colors = bodyOcclusion(bodySdf, m.positions, normals);
    const positions = new Float32Array(m.positions.length);
    for (let k = 0; k < positions.length; k++) positions[k] = m.positions[k] / 1000;
    out[lod] = {
      name: 'body',
      material: 'skin',
      baseColor: SKIN_COLOUR,
      positions,
      normals,
      colors,
      indices: m.indices,
      joints: skin.joints,
      weights: skin.weights,
    };
  });
  return out;
}
