/**
 * Writes the equipment into one GLB. Each item is a node named by its equipment id at the origin with no
 * transform, so the runtime can place it freely; its mesh hangs on a child node, which is where meshopt's
 * position quantisation puts its own scale and offset. One material, 'equipment'; vertex colours tell the parts
 * apart. The same compression settings as the other models (no dedup before meshopt).
 */
import { Document, Logger } from '@gltf-transform/core';
import type { Material, Node } from '@gltf-transform/core';
import { meshopt, prune } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { modelIO } from '../gltf';
import type { MeshBuilder } from './meshBuilder';

/** One node of the file: a mesh, where it sits in its parent, and child nodes. */
export interface EquipmentNode {
  name: string;
  mesh: MeshBuilder;
  translation?: readonly [number, number, number];
  scale?: readonly [number, number, number];
  children?: readonly EquipmentNode[];
}

function addNode(doc: Document, material: Material, item: EquipmentNode): Node {
  const buffer = doc.getRoot().listBuffers()[0];
  const m = item.mesh;
  const n = m.positions.length / 3;
  const accessor = (suffix: string, type: 'VEC3' | 'SCALAR', array: Float32Array | Uint16Array | Uint32Array) =>
    doc.createAccessor(`${item.name}_${suffix}`).setType(type).setArray(array).setBuffer(buffer);
  const prim = doc
    .createPrimitive()
    .setMaterial(material)
    .setAttribute('POSITION', accessor('position', 'VEC3', new Float32Array(m.positions)))
    .setAttribute('NORMAL', accessor('normal', 'VEC3', new Float32Array(m.normals)))
    .setAttribute('COLOR_0', accessor('color', 'VEC3', new Float32Array(m.colors)))
    .setIndices(accessor('indices', 'SCALAR', n < 65536 ? new Uint16Array(m.indices) : new Uint32Array(m.indices)));
  const node = doc.createNode(item.name);
  if (item.translation) node.setTranslation([...item.translation]);
  if (item.scale) node.setScale([...item.scale]);
  node.addChild(doc.createNode(`${item.name}-mesh`).setMesh(doc.createMesh(item.name).addPrimitive(prim)));
  for (const child of item.children ?? []) node.addChild(addNode(doc, material, child));
  return node;
}

/** Builds the compressed GLB bytes for the given top-level items. */
export async function writeEquipmentGlb(items: readonly EquipmentNode[]): Promise<Uint8Array> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'lumbar-lab tools/models/equipment';
  doc.createBuffer();
  const scene = doc.createScene('equipment');
  const material = doc
    .createMaterial('equipment')
    .setBaseColorFactor([0.3, 0.32, 0.35, 1])
    .setRoughnessFactor(0.35)
    .setMetallicFactor(0);
  for (const item of items) scene.addChild(addNode(doc, material, item));
  await doc.transform(
    prune(),
    meshopt({ encoder: MeshoptEncoder, level: 'medium', quantizePosition: 14, quantizeNormal: 10 }),
  );
  const io = await modelIO();
  return io.writeBinary(doc);
}
