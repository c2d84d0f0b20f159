import type { Object3D } from 'three';
import { EQUIPMENT_IDS, type EquipmentId } from '../../domain/content/types';

/** Parts of the cable station that move on their own: the handle follows the hands, the cable is redrawn. */
export type EquipmentPart = EquipmentId | 'cable-station-handle' | 'cable-station-cable';

/** Finds each piece of equipment in the loaded model by its node name and sets it at its own origin. */
export function equipmentNodes(root: Object3D): Map<EquipmentPart, Object3D> {
  const wanted = new Set<string>([...EQUIPMENT_IDS, 'cable-station-handle', 'cable-station-cable']);
  const nodes = new Map<EquipmentPart, Object3D>();
  root.traverse((o) => {
    if (wanted.has(o.name) && !nodes.has(o.name as EquipmentPart)) nodes.set(o.name as EquipmentPart, o);
  });
  for (const node of nodes.values()) {
    // The file lays the pieces out in a row for its reference sheet; here each is placed by the motion data.
    node.position.set(0, 0, 0);
    node.quaternion.identity();
  }
  return nodes;
}

/** The node that the hands hold for an implement: for the cable station, its handle. */
export function heldPart(equipment: EquipmentId): EquipmentPart {
  return equipment === 'cable-station' ? 'cable-station-handle' : equipment;
}
