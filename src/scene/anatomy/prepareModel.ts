import type { Intersection, Material, Mesh, Object3D, Raycaster } from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { useViewStore, type Quality } from '../../state/viewStore';
import { indexStructures, type StructureIndex } from './structureIndex';
import { isTissue, tissueMaterial, type Tissue } from './tissueMaterials';

/** A model ready for the scene: its own copy of the graph, our materials, and its structures indexed. */
export interface PreparedModel {
  root: Object3D;
  structures: StructureIndex;
  /** Every material this copy owns, so it can be disposed when the copy goes. */
  materials: Material[];
  /** The tissue of every mesh. */
  tissueOf: Map<Mesh, Tissue>;
  /** Meshes that carry no structure tag (the body surface): they follow their layer only. */
  untagged: Mesh[];
}

/**
 * A mesh's own raycast, skipped while the mesh is hidden. three.js's Raycaster tests hidden objects too, so a
 * hidden layer would catch the pick meant for what shows behind it (a click on a vertebra would pick the muscle
 * hidden over it), and skinned meshes cost a pose per vertex to test.
 */
function raycastWhenShown(this: Mesh, raycaster: Raycaster, intersects: Intersection[]) {
  if (this.visible) (Object.getPrototypeOf(this) as Mesh).raycast.call(this, raycaster, intersects);
}

/**
 * Copies a loaded model and gives it our materials, in the look of the quality level (the current one unless
 * given). The loader's cached scene is shared, so it is never changed in place: each mesh of the copy gets a
 * material of its own tissue.
 */
export function prepareModel(source: Object3D, quality: Quality = useViewStore.getState().quality): PreparedModel {
  const root = cloneSkinned(source);
  const materials: Material[] = [];
  const tissueOf = new Map<Mesh, Tissue>();
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    const original = Array.isArray(mesh.material) ? mesh.material[0] : mesh.material;
    const tissue: Tissue = isTissue(original.name) ? original.name : 'bone';
    const material = tissueMaterial(tissue, quality);
    materials.push(material);
    mesh.material = material;
    // Skinned parts move far from their bind pose; their bounds are not worth trusting for culling.
    mesh.frustumCulled = false;
    mesh.raycast = raycastWhenShown;
    tissueOf.set(mesh, tissue);
  });
  const structures = indexStructures(root);
  const tagged = new Set<Mesh>();
  for (const entry of structures.values()) for (const mesh of entry.meshes) tagged.add(mesh);
  const untagged = [...tissueOf.keys()].filter((mesh) => !tagged.has(mesh));
  return { root, structures, materials, tissueOf, untagged };
}

/** Frees what prepareModel created (the geometry stays with the loader's cache). */
export function disposePreparedModel(model: PreparedModel) {
  for (const material of model.materials) material.dispose();
}
