/**
 * Places the Christophy 2012 fascicles on our skeleton (reference 'christophy-2012').
 *
 * Each model body is tied to the joint whose rest position matches a known point of that body, and a path point
 * keeps its model offset from that point. The hip and shoulder joints and L5/S1 come from the same model by one
 * rigid shift, so points on the pelvis, sacrum and humerus equal `christophyToWorld`; the joints above L5/S1 sit on
 * the true-size spine of the bind pose, so each lumbar body's points keep their offsets from its body origin (the
 * disc below it) and move with our joint there, and the torso moves with L1 as it is welded to lumbar1 in the model.
 */
import { CHRISTOPHY_HIP_X, CHRISTOPHY_HIP_Y, REST_POSITIONS } from '../skeleton/restPose';
import type { JointName } from '../skeleton/joints';
import { CHRISTOPHY_BODY_ORIGINS } from './christophyFascicles';
import type { ChristophyBody, ChristophyFascicle } from './christophyFascicles';
import type { Fascicle, PathPoint, Vec3 } from './attachmentTypes';

/** How a model body is placed: the joint that fixes it, and the model point (OpenSim, metres) at that joint. */
interface BodyAnchor {
  joint: JointName;
  at: Vec3;
}

// Neutral global positions of the model points that our joints were placed at.
const HIP_CENTRE_MID: Vec3 = [CHRISTOPHY_HIP_X, CHRISTOPHY_HIP_Y, 0];

const ANCHORS: Record<ChristophyBody, BodyAnchor> = {
  // Pelvis and sacrum are welded to ground in the model; our pelvis joint is the mid-point of its hip centres.
  pelvis: { joint: 'pelvis', at: HIP_CENTRE_MID },
  sacrum: { joint: 'pelvis', at: HIP_CENTRE_MID },
  lumbar5: { joint: 'L5', at: CHRISTOPHY_BODY_ORIGINS.lumbar5 },
  lumbar4: { joint: 'L4', at: CHRISTOPHY_BODY_ORIGINS.lumbar4 },
  lumbar3: { joint: 'L3', at: CHRISTOPHY_BODY_ORIGINS.lumbar3 },
  lumbar2: { joint: 'L2', at: CHRISTOPHY_BODY_ORIGINS.lumbar2 },
  lumbar1: { joint: 'L1', at: CHRISTOPHY_BODY_ORIGINS.lumbar1 },
  // The torso (thorax and ribs) is welded to lumbar1 in the model, so it stays fixed relative to L1.
  torso: { joint: 'L1', at: CHRISTOPHY_BODY_ORIGINS.lumbar1 },
  // The Abdomen body hangs from the L5/S1 joint centre.
  Abdomen: { joint: 'L5', at: CHRISTOPHY_BODY_ORIGINS.lumbar5 },
  humerus: { joint: 'upperArm_right', at: CHRISTOPHY_BODY_ORIGINS.humerus },
};

/**
 * The joint that carries a point of each body. The torso follows T12, or T7 for points at or above the T7
 * joint. The Abdomen body is coupled to about 0.6 of lumbar flexion in the model; our L3 turns with about half
 * of it (the summed shares of L3/L4 to L5/S1 in the same coupling table), so the anterior wall follows L3.
 */
function carrier(body: ChristophyBody, y: number): JointName {
  switch (body) {
    case 'pelvis':
    case 'sacrum':
      return 'pelvis';
    case 'torso':
      return y >= REST_POSITIONS.T7[1] ? 'T7' : 'T12';
    case 'Abdomen':
      return 'L3';
    case 'humerus':
      return 'upperArm_right';
    default:
      return ANCHORS[body].joint;
  }
}

/** World position (our frame) of a model point given in its body's local frame. */
export function christophyPoint(body: ChristophyBody, x: number, y: number, z: number, mirrorSide = false): Vec3 {
  const origin = CHRISTOPHY_BODY_ORIGINS[body];
  const anchor = ANCHORS[body];
  const base = REST_POSITIONS[anchor.joint];
  const dx = origin[0] + x - anchor.at[0];
  const dy = origin[1] + y - anchor.at[1];
  const dz = origin[2] + (mirrorSide ? -z : z) - anchor.at[2];
  // OpenSim (x anterior, y up, z right) to glTF (x left, y up, z anterior).
  return [base[0] - dz, base[1] + dy, base[2] + dx];
}

/**
 * Model names whose right-side row carries left-side coordinates (z < 0): the file swaps the rectus abdominis
 * sides, so the row is mirrored to place it on the right.
 */
const SWAPPED_SIDES: ReadonlySet<string> = new Set(['rect_abd']);

/** The right-side fascicle as path points in our world frame, each carried by its joint. */
export function placeChristophyFascicle([name, maxForce, points]: ChristophyFascicle): Fascicle {
  const swap = SWAPPED_SIDES.has(name);
  const path: PathPoint[] = points.map(([body, x, y, z]) => {
    const position = christophyPoint(body, x, y, z, swap);
    return { joint: carrier(body, position[1]), position };
  });
  return { name, points: path, maxForce };
}
