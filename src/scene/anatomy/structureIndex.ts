import type { Mesh, Object3D } from 'three';
import { kindOf, type Side, type StructureId, type StructureKind } from '../../domain/anatomy/ids';

/** One pickable structure in a loaded model: its tag and the meshes that draw it. */
export interface StructureEntry {
  id: StructureId;
  kind: StructureKind;
  side?: Side;
  level?: string;
  meshes: Mesh[];
}

/** Structures of a model, keyed by node name (id plus side). */
export type StructureIndex = Map<string, StructureEntry>;

/** The structure tag of an object, from the glTF extras on it or on the nearest ancestor that has one. */
export function tagOf(object: Object3D | null): { key: string; id: StructureId; side?: Side } | null {
  for (let o = object; o; o = o.parent) {
    const id = o.userData?.id;
    if (typeof id === 'string' && kindOf(id)) {
      const side = o.userData.side as Side | undefined;
      return { key: side ? `${id}_${side}` : id, id: id as StructureId, side };
    }
  }
  return null;
}

/** Indexes every tagged mesh of a model by structure, so the viewer can find anything by its id. */
export function indexStructures(root: Object3D): StructureIndex {
  const index: StructureIndex = new Map();
  root.traverse((object) => {
    if (!(object as Mesh).isMesh) return;
    const tag = tagOf(object);
    if (!tag) return;
    const entry = index.get(tag.key) ?? {
      id: tag.id,
      kind: kindOf(tag.id)!,
      side: tag.side,
      level: findLevel(object),
      meshes: [],
    };
    entry.meshes.push(object as Mesh);
    index.set(tag.key, entry);
  });
  return index;
}

function findLevel(object: Object3D): string | undefined {
  for (let o: Object3D | null = object; o; o = o.parent) {
    if (typeof o.userData?.level === 'string') return o.userData.level;
  }
  return undefined;
}
