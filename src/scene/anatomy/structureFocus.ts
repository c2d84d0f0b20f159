import { Vector3, type Mesh } from 'three';
import { JOINT_NAMES } from '../../domain/skeleton/joints';
import { REST_POSITIONS } from '../../domain/skeleton/restPose';
import type { Rig } from '../figure/rigRegistry';
import { bindCentre } from '../labels/labelAnchors';
import type { StructureEntry } from './structureIndex';

const rest = new Vector3();

const isSkinned = (mesh: Mesh) => (mesh as { isSkinnedMesh?: boolean }).isSkinnedMesh === true;

/**
 * Where a structure is now, in world metres, for the camera to fly to. Rigid parts are read where they are; a
 * skinned muscle's bind-pose centre is carried by the joint nearest to it, whose bind frame is unrotated, so the
 * point follows the figure through an exercise.
 */
export function structureFocusPoint(entry: StructureEntry, rig: Rig | null, out: Vector3): Vector3 {
  bindCentre(entry.meshes, out);
  if (!rig || !entry.meshes.some(isSkinned)) return out;
  let nearest = -1;
  let nearestDistance = Infinity;
  JOINT_NAMES.forEach((name, i) => {
    const d = rest.fromArray(REST_POSITIONS[name]).distanceToSquared(out);
    if (d < nearestDistance && rig.joints[i]) {
      nearest = i;
      nearestDistance = d;
    }
  });
  const joint = nearest < 0 ? null : rig.joints[nearest];
  if (!joint) return out;
  out.sub(rest.fromArray(REST_POSITIONS[JOINT_NAMES[nearest]]));
  joint.updateWorldMatrix(true, false);
  return joint.localToWorld(out);
}
