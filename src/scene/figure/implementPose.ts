import { Quaternion, Vector3 } from 'three';

/** Where the held implement is this frame; written by the player, read by the equipment. */
export const implementPose = {
  visible: false,
  position: new Vector3(),
  rotation: new Quaternion(),
};
