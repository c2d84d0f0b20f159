import { Vector3, type BufferAttribute, type Line, type Object3D } from 'three';
import type { LabelAnchor } from './labelAnchors';

/** How far out to the side a label sits from its anchor, metres. */
const LABEL_OFFSET = 0.17;
const anchorWorld = new Vector3();

/** Moves one label beside its anchor's current world position and redraws its leader line. */
export function placeLabel(anchor: LabelAnchor, label: Object3D, line: Line) {
  anchorWorld.copy(anchor.local);
  anchor.joint.localToWorld(anchorWorld);
  label.position.set(anchorWorld.x + anchor.side * LABEL_OFFSET, anchorWorld.y + anchor.raise, anchorWorld.z);
  const positions = line.geometry.attributes.position as BufferAttribute;
  positions.setXYZ(0, anchorWorld.x, anchorWorld.y, anchorWorld.z);
  positions.setXYZ(1, label.position.x, label.position.y, label.position.z);
  positions.needsUpdate = true;
}
