import { Box3, Vector3, type Mesh, type SkinnedMesh } from 'three';

const box = new Box3();
const part = new Box3();
const vertex = new Vector3();

/**
 * The centre of some meshes where they are now, in world metres. A rigid mesh's box is carried by its world
 * matrix. A skinned mesh's positions are stored quantised, with the scale back to metres in its bone inverses,
 * so its raw geometry says nothing about where it is: its box is taken from its vertices as its bones pose them.
 */
export function structureCentre(meshes: readonly Mesh[], out = new Vector3()): Vector3 {
  box.makeEmpty();
  for (const mesh of meshes) {
    mesh.updateWorldMatrix(true, false);
    const skinned = mesh as SkinnedMesh;
    if (skinned.isSkinnedMesh) {
      for (const bone of skinned.skeleton.bones) bone.updateWorldMatrix(true, false);
      part.makeEmpty();
      const count = skinned.geometry.getAttribute('position').count;
      for (let i = 0; i < count; i++) part.expandByPoint(skinned.getVertexPosition(i, vertex));
    } else {
      mesh.geometry.computeBoundingBox();
      part.copy(mesh.geometry.boundingBox!);
    }
    box.union(part.applyMatrix4(mesh.matrixWorld));
  }
  return box.getCenter(out);
}
