/**
 * Generates public/models/body.glb (desktop) and body-lite.glb (phone): the figure's skinned surface in the bind
 * pose of REST_POSITIONS. Deterministic: the same source gives byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST_POSITIONS } from '../../../src/domain/skeleton/restPose';
import { buildBodySurfaces } from './bodyMesh';
import type { BodyLod } from './bodyMesh';
import { writeSkinnedGlb } from './skinnedGlb';

const here = dirname(fileURLToPath(import.meta.url));

/** Where each level of detail is written. */
export const BODY_FILES: Record<BodyLod, string> = {
  desktop: resolve(here, '../../../public/models/body.glb'),
  phone: resolve(here, '../../../public/models/body-lite.glb'),
};

/** Builds the GLB bytes of both levels of detail without writing them. */
export async function buildBodyGlbs(): Promise<Record<BodyLod, Uint8Array>> {
  const surfaces = await buildBodySurfaces();
  const out = {} as Record<BodyLod, Uint8Array>;
  for (const lod of Object.keys(surfaces) as BodyLod[]) out[lod] = await writeSkinnedGlb(surfaces[lod], REST_POSITIONS);
  return out;
}

/** Builds and writes both files; returns their sizes. */
export async function buildBody(): Promise<Record<BodyLod, { bytes: number }>> {
  const started = Date.now();
  const glbs = await buildBodyGlbs();
  const report = {} as Record<BodyLod, { bytes: number }>;
  for (const lod of Object.keys(glbs) as BodyLod[]) {
    mkdirSync(dirname(BODY_FILES[lod]), { recursive: true });
    writeFileSync(BODY_FILES[lod], glbs[lod]);
    report[lod] = { bytes: glbs[lod].byteLength };
  }
  console.log(`body built in ${((Date.now() - started) / 1000).toFixed(1)} s`, report);
  return report;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildBody();
