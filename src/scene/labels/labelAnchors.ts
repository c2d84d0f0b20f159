import { Box3, Vector3, type Mesh, type Object3D } from 'three';
import { VERTEBRA_IDS } from '../../domain/anatomy/ids';
import type { StructureIndex } from '../anatomy/structureIndex';
import type { Rig } from '../figure/rigRegistry';
import { JOINT_NAMES } from '../../domain/skeleton/joints';

/** A label tied to a point that moves with one joint. */
export interface LabelAnchor {
  key: string;
  text: string;
  /** The joint the point rides on. */
  joint: Object3D;
  /** The point in the joint's frame. */
  local: Vector3;
  /** Which side of the body the label sits on, so labels never cover the spine itself. */
  side: 1 | -1;
}

/** The erector spinae columns labelled on the figure's left, from medial to lateral. */
const COLUMNS = [
  { id: 'spinalis', text: 'Spinalis' },
  { id: 'longissimus-lumborum', text: 'Longissimus' },
  { id: 'iliocostalis-lumborum', text: 'Iliocostalis' },
] as const;

const box = new Box3();

/** The centre of some meshes in the bind pose, in world metres. */
export function bindCentre(meshes: Mesh[], out = new Vector3()): Vector3 {
  box.makeEmpty();
  for (const mesh of meshes) {
    mesh.geometry.computeBoundingBox();
    // Skinned geometry is in the bind pose, which is world space for our models; rigid meshes sit in their joint.
    const b = mesh.geometry.boundingBox!.clone();
    if (!(mesh as { isSkinnedMesh?: boolean }).isSkinnedMesh) {
      mesh.updateWorldMatrix(true, false);
      b.applyMatrix4(mesh.matrixWorld);
    }
    box.union(b);
  }
  return box.getCenter(out);
}

/** The centre of some meshes in the frame of a joint, so it can follow the joint as the figure moves. */
export function centreInJoint(meshes: Mesh[], joint: Object3D): Vector3 {
  const centre = bindCentre(meshes);
  joint.updateWorldMatrix(true, false);
  return joint.worldToLocal(centre);
}

/**
 * Anchors for the on-canvas labels: L1–L5 on the figure's right, the three erector spinae columns on its left.
 * Computed once per model in the bind pose; the label then follows its joint as the figure moves.
 */
export function labelAnchors(structures: StructureIndex, rig: Rig): LabelAnchor[] {
  const jointOf = (name: string) => rig.joints[JOINT_NAMES.indexOf(name as (typeof JOINT_NAMES)[number])];
  const anchors: LabelAnchor[] = [];
  for (const id of VERTEBRA_IDS) {
    const entry = structures.get(id);
    const joint = jointOf(id);
    if (entry && joint) anchors.push({ key: id, text: id, joint, local: centreInJoint(entry.meshes, joint), side: -1 });
  }
  const l3 = jointOf('L3');
  for (const column of COLUMNS) {
    const entry = structures.get(`${column.id}_left`);
    if (entry && l3) {
      anchors.push({ key: column.id, text: column.text, joint: l3, local: centreInJoint(entry.meshes, l3), side: 1 });
    }
  }
  return anchors;
}
