/** Loads the committed anatomy GLBs the way the app does (three's GLTFLoader + MeshoptDecoder), once per file. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Vector3 } from 'three';
import type { Object3D, Mesh, SkinnedMesh } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

export const MODEL_FILES = {
  desktop: fileURLToPath(new URL('../../public/models/anatomy.glb', import.meta.url)),
  phone: fileURLToPath(new URL('../../public/models/anatomy-lite.glb', import.meta.url)),
} as const;

const cache = new Map<string, Promise<Object3D>>();

/** The scene of one model file, with world matrices up to date. */
export function loadModel(file: string): Promise<Object3D> {
  let p = cache.get(file);
  if (!p) {
    const buf = readFileSync(file);
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    p = loader.parseAsync(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), '').then((gltf) => {
      gltf.scene.updateMatrixWorld(true);
      return gltf.scene;
    });
    cache.set(file, p);
  }
  return p;
}

/** Every mesh whose glTF extras carry this node name (id plus side). */
export function meshesByTag(root: Object3D, name: string): Mesh[] {
  const out: Mesh[] = [];
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    const { id, side } = mesh.userData as { id?: string; side?: string };
    if (id && (side ? `${id}_${side}` : id) === name) out.push(mesh);
  });
  return out;
}

/** World-space vertex positions of a mesh in its current pose (skinning applied), metres. */
export function worldPositions(mesh: Mesh): Vector3[] {
  const count = mesh.geometry.attributes.position.count;
  const out: Vector3[] = [];
  const skinned = (mesh as SkinnedMesh).isSkinnedMesh;
  if (skinned) (mesh as SkinnedMesh).skeleton.update();
  for (let i = 0; i < count; i++) {
    const v = new Vector3();
    mesh.getVertexPosition(i, v);
    out.push(v.applyMatrix4(mesh.matrixWorld));
  }
  return out;
}
