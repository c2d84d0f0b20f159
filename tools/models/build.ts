/**
 * `npm run models`: generates public/models/anatomy.glb (desktop) and anatomy-lite.glb (phone) from code.
 * Bones come from the SDF builders here; muscles from tools/models/muscles/index.ts when that module exists.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MeshPart } from './meshPart';
import type { Lod } from './place';
import { LODS } from './place';
import { buildBones } from './bones';
import { writeGlb } from './gltf';

const here = dirname(fileURLToPath(import.meta.url));
const OUT: Record<Lod, string> = {
  desktop: resolve(here, '../../public/models/anatomy.glb'),
  phone: resolve(here, '../../public/models/anatomy-lite.glb'),
};

/** Muscles are optional: their builder plugs in through the MeshPart interface once it exists. */
async function buildMuscles(lod: Lod): Promise<MeshPart[]> {
  const file = resolve(here, 'muscles/index.ts');
  if (!existsSync(file) || process.env.MODELS_NO_MUSCLES) return [];
  // Imported by URL so the build (and the type check) work before the muscle module exists.
  const mod = (await import(pathToFileURL(file).href)) as { buildMuscles?: (lod: Lod) => Promise<MeshPart[]> };
  return mod.buildMuscles ? mod.buildMuscles(lod) : [];
}

function triangles(parts: readonly MeshPart[]): number {
  return parts.reduce((sum, p) => sum + p.indices.length / 3, 0);
}

/** Builds both files and returns what it wrote. */
export async function buildModels(): Promise<Record<Lod, { bytes: number; triangles: number }>> {
  const started = Date.now();
  const bones = await buildBones();
  const report = {} as Record<Lod, { bytes: number; triangles: number }>;
  for (const lod of LODS) {
    const parts = [...bones[lod], ...(await buildMuscles(lod))];
    const glb = await writeGlb(parts);
    mkdirSync(dirname(OUT[lod]), { recursive: true });
    writeFileSync(OUT[lod], glb);
    report[lod] = { bytes: glb.byteLength, triangles: triangles(parts) };
    if (process.env.MODELS_VERBOSE) for (const p of parts) console.log(lod, p.name, p.indices.length / 3);
  }
  console.log(`models built in ${((Date.now() - started) / 1000).toFixed(1)} s`, report);
  return report;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildModels();
