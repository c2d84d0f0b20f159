import type { Object3D } from 'three';
import { PLYO_BOX } from '../../domain/equipment/dimensions';
import type { ApparatusPlacement } from '../../domain/motion/motionTypes';
import { implementPose } from '../figure/implementPose';

/** Puts the held implement where the motion says the hands hold it this frame. */
export function placeHeld(node: Object3D) {
  node.visible = implementPose.visible;
  node.position.copy(implementPose.position);
  node.quaternion.copy(implementPose.rotation);
}

/** Mirrors an apparatus across the midline during the second side, for stations that stand beside the work. */
export function placeApparatus(node: Object3D, placement: ApparatusPlacement, side: 0 | 1) {
  const flip = placement.mirrorWithSide === true && side === 1;
  const [x, y, z] = placement.position;
  node.position.set(flip ? -x : x, y, z);
  node.rotation.set(0, ((flip ? -placement.yawDeg : placement.yawDeg) * Math.PI) / 180, 0);
}

/**
 * Sizes an apparatus to what the motion asks for. Only the plyo box varies between exercises (a low riser for
 * the Jefferson curl, a full box elsewhere); the model is built at the box's standard size.
 */
export function sizeApparatus(
  node: Object3D,
  equipment: string,
  settings: Readonly<Record<string, number>> | undefined,
) {
  if (equipment !== 'plyo-box' || !settings) {
    node.scale.set(1, 1, 1);
    return;
  }
  node.scale.set(
    (settings.width ?? PLYO_BOX.width) / PLYO_BOX.width,
    (settings.height ?? PLYO_BOX.height) / PLYO_BOX.height,
    (settings.depth ?? PLYO_BOX.depth) / PLYO_BOX.depth,
  );
}
