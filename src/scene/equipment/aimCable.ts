import { Quaternion, Vector3, type Object3D } from 'three';
import { CABLE_STATION } from '../../domain/equipment/dimensions';

const exit = new Vector3();
const clip = new Vector3();
const along = new Vector3();
const down = new Vector3(0, -1, 0);
const turn = new Quaternion();

/**
 * Runs the cable from the pulley to the handle held in the hands. The cable is a 1 m cylinder hanging from its
 * origin along -Y in the station's frame, so it is moved to the pulley exit, turned toward the handle's clip and
 * stretched to the distance. Reuses module vectors: it runs every frame.
 */
export function aimCable(cable: Object3D, station: Object3D, handle: Object3D) {
  station.updateMatrixWorld();
  handle.updateMatrixWorld();
  exit.fromArray(CABLE_STATION.cableExit);
  clip.fromArray(CABLE_STATION.handleClip);
  handle.localToWorld(clip);
  station.worldToLocal(clip);
  along.subVectors(clip, exit);
  const length = along.length();
  cable.visible = handle.visible && length > 1e-3;
  if (!cable.visible) return;
  turn.setFromUnitVectors(down, along.divideScalar(length));
  cable.position.copy(exit);
  cable.quaternion.copy(turn);
  cable.scale.set(1, length, 1);
}
