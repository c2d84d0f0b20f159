import { Vector3 } from 'three';
import { useCameraStore } from '../../state/cameraStore';
import { CAMERA_VIEWS } from '../camera/cameraPresets';
import { useSelectionStore } from '../../state/selectionStore';
import type { StructureIndex } from './structureIndex';
import { structureCentre } from './structureCentre';

const point = new Vector3();
/** Picks are seen from behind and to the left, like the lumbar preset, where the spine and its muscles show best. */
const LUMBAR = CAMERA_VIEWS.lumbar;
const FROM: [number, number, number] = [
  LUMBAR.position[0] - LUMBAR.target[0],
  LUMBAR.position[1] - LUMBAR.target[1],
  LUMBAR.position[2] - LUMBAR.target[2],
];

/** Flies the camera to a part picked from a list or search, which may be hidden or off view. Returns the unsubscribe. */
export function flyToPicks(structures: StructureIndex): () => void {
  return useSelectionStore.subscribe((s, prev) => {
    if (s.focusId === prev.focusId || !s.selected) return;
    const entry = structures.get(s.selected);
    if (!entry) return;
    useCameraStore.getState().focusOn(structureCentre(entry.meshes, point).toArray(), FROM);
  });
}
