/** World landmarks from solved joint matrices: contact points, hands, head top and the lumbar vertebral bodies. */
import { Vector3 } from 'three';
import type { Matrix4 } from 'three';
import { jointIndex } from '../skeleton/joints';
import type { JointName } from '../skeleton/joints';
import { LANDMARK_JOINTS, REST_LANDMARKS, REST_POSITIONS } from '../skeleton/restPose';
import type { LandmarkName } from './sampleTypes';

type RestLandmark = keyof typeof REST_LANDMARKS;
const REST_NAMES = Object.keys(REST_LANDMARKS) as RestLandmark[];
const OFFSETS = REST_NAMES.map((n) => {
  const joint = LANDMARK_JOINTS[n];
  const p = REST_LANDMARKS[n];
  const j = REST_POSITIONS[joint];
  return { name: n, joint: jointIndex(joint), offset: new Vector3(p[0] - j[0], p[1] - j[1], p[2] - j[2]) };
});
// Each vertebral body lies between the disc below it (its own joint) and the disc above (the next joint up).
const BODIES: readonly [LandmarkName, JointName, JointName][] = [
  ['L1', 'L1', 'T12'],
  ['L2', 'L2', 'L1'],
  ['L3', 'L3', 'L2'],
  ['L4', 'L4', 'L3'],
  ['L5', 'L5', 'L4'],
];
const BODY_INDICES = BODIES.map(([n, below, above]) => [n, jointIndex(below), jointIndex(above)] as const);
const tmp = new Vector3();

/** Fills landmark positions (no allocation). */
export function computeLandmarks(matrices: readonly Matrix4[], out: Record<LandmarkName, Vector3>): void {
  for (let i = 0; i < OFFSETS.length; i++) {
    const { name, joint, offset } = OFFSETS[i];
    out[name].copy(offset).applyMatrix4(matrices[joint]);
  }
  for (let i = 0; i < BODY_INDICES.length; i++) {
    const [name, below, above] = BODY_INDICES[i];
    out[name]
      .setFromMatrixPosition(matrices[below])
      .add(tmp.setFromMatrixPosition(matrices[above]))
      .multiplyScalar(0.5);
  }
}
