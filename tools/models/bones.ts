/** Every bone and disc of the anatomy model, at both levels of detail. */
import type { MeshPart } from './meshPart';
import type { Lod } from './place';
import { buildVertebra } from './vertebrae';
import { buildDiscs } from './disc';
import { buildFemurs, buildPelvis, buildRibs } from './contextBones';
import type { SpineLevel } from './rig';

const SPINE: SpineLevel[] = ['T12', 'L1', 'L2', 'L3', 'L4', 'L5'];

/** Builds the bones one after another (each builder is CPU-bound; the machine is shared). */
export async function buildBones(): Promise<Record<Lod, MeshPart[]>> {
  const out: Record<Lod, MeshPart[]> = { desktop: [], phone: [] };
  let last = Date.now();
  const add = (r: Record<Lod, MeshPart | MeshPart[]>) => {
    if (process.env.MODELS_VERBOSE)
      console.log('built', out.desktop.length, 'parts so far; step', Date.now() - last, 'ms');
    last = Date.now();
    for (const lod of ['desktop', 'phone'] as const) out[lod].push(...([] as MeshPart[]).concat(r[lod]));
  };
  for (const level of SPINE) add(await buildVertebra(level));
  add({ desktop: buildDiscs('desktop'), phone: buildDiscs('phone') });
  add(await buildPelvis());
  add(await buildFemurs());
  add(await buildRibs());
  return out;
}
