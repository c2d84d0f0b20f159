import type { Mesh, Object3D, Vector3 } from 'three';
import { VERTEBRA_IDS } from '../../domain/anatomy/ids';
import { structureCentre } from '../anatomy/structureCentre';
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
  /** How far above its point the label sits, metres: neighbouring columns would otherwise share a line. */
  raise: number;
}

/**
 * The erector spinae columns labelled on the figure's left, from medial to lateral. The two lumbar columns centre
 * at nearly the same height, so their labels are drawn apart, longissimus above and iliocostalis below.
 */
const COLUMNS = [
  { id: 'spinalis', text: 'Spinalis', raise: 0 },
  { id: 'longissimus-lumborum', text: 'Longissimus', raise: 0.035 },
  { id: 'iliocostalis-lumborum', text: 'Iliocostalis', raise: -0.035 },
] as const;

/** The centre of some meshes in the frame of a joint, so it can follow the joint as the figure moves. */
export function centreInJoint(meshes: Mesh[], joint: Object3D): Vector3 {
  const centre = structureCentre(meshes);
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
    if (entry && joint)
      anchors.push({ key: id, text: id, joint, local: centreInJoint(entry.meshes, joint), side: -1, raise: 0 });
  }
  const l3 = jointOf('L3');
  for (const column of COLUMNS) {
    const entry = structures.get(`${column.id}_left`);
    if (entry && l3) {
      const local = centreInJoint(entry.meshes, l3);
      anchors.push({ key: column.id, text: column.text, joint: l3, local, side: 1, raise: column.raise });
    }
  }
  return anchors;
}
