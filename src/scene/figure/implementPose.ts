import { Quaternion, Vector3 } from 'three';

/** Where the held implement is this frame; written by the player, read by the equipment. */
export const implementPose = {
  visible: false,
  position: new Vector3(),
  rotation: new Quaternion(),
  /** 0 while the side the content describes works, 1 during its mirror image. */
  side: 0 as 0 | 1,
};
