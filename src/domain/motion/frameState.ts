/** Scratch state of one solved frame, created once per sampler and reused every frame. */
import type { Matrix4 } from 'three';
import { Quaternion, Vector3 } from 'three';
import { createJointMatrices } from '../skeleton/forwardKinematics';
import { CHANNEL_COUNT } from './channels';
import { createJointRotations } from './poseToLocalRotations';

export interface FrameState {
  channels: Float64Array;
  rotations: Quaternion[];
  matrices: Matrix4[];
  rootPosition: Vector3;
  /** Implement centre (grip centre) and orientation, world. */
  implementPosition: Vector3;
  implementRotation: Quaternion;
  /** Grip points on the implement for the left and right hands, world. */
  gripLeft: Vector3;
  gripRight: Vector3;
  /** True when the implement sets the hands (they are solved to it) rather than following them. */
  handsOnImplement: boolean;
}

/** A fresh frame state. */
export function createFrameState(): FrameState {
  return {
    channels: new Float64Array(CHANNEL_COUNT),
    rotations: createJointRotations(),
    matrices: createJointMatrices(),
    rootPosition: new Vector3(),
    implementPosition: new Vector3(),
    implementRotation: new Quaternion(),
    gripLeft: new Vector3(),
    gripRight: new Vector3(),
    handsOnImplement: false,
  };
}
