/** Generates public/models/equipment.glb: every equipment item at real size, one node per equipment id. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEquipmentNodes } from './equipmentItems';
import { writeEquipmentGlb } from './equipmentGlb';
import type { EquipmentNode } from './equipmentGlb';

const here = dirname(fileURLToPath(import.meta.url));

/** Where the file is written. */
export const EQUIPMENT_FILE = resolve(here, '../../../public/models/equipment.glb');

/** Builds the GLB bytes. */
export async function buildEquipmentGlb(): Promise<Uint8Array> {
  return writeEquipmentGlb(buildEquipmentNodes());
}

/** Builds and writes the file; returns its size and triangle count. */
export async function buildEquipment(): Promise<{ bytes: number; triangles: number }> {
  const started = Date.now();
  const nodes = buildEquipmentNodes();
  const glb = await writeEquipmentGlb(nodes);
  mkdirSync(dirname(EQUIPMENT_FILE), { recursive: true });
  writeFileSync(EQUIPMENT_FILE, glb);
  const count = (list: readonly EquipmentNode[]): number =>
    list.reduce((sum, n) => sum + n.mesh.triangles + count(n.children ?? []), 0);
  const report = { bytes: glb.byteLength, triangles: count(nodes) };
  console.log(`equipment built in ${((Date.now() - started) / 1000).toFixed(1)} s`, report);
  return report;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildEquipment();
