/** Shared contact set-ups: standing on both feet, on one foot, and hands planted on the floor. */
import { REST_POSITIONS } from '../../skeleton/restPose';
import type { PhaseId } from '../../content/types';
import type { Anchor, Contact, Vec3 } from '../motionTypes';

const ANKLE = REST_POSITIONS.foot_left;

/** Options for a standing stance. */
export interface StanceOptions {
  /** Height of the surface stood on, metres (0 = floor). */
  floorY?: number;
  /** Half the distance between the ankle centres, metres (default: hip width, as in the bind pose). */
  halfWidth?: number;
  /** Feet turned out, degrees. */
  turnOutDeg?: number;
}

/** Ankle centre of a flat foot on a surface at `floorY`. */
export function anklePoint(side: 1 | -1, o: StanceOptions = {}): Vec3 {
  return [side * (o.halfWidth ?? ANKLE[0]), (o.floorY ?? 0) + ANKLE[1], ANKLE[2]];
}

/** One flat, planted foot. */
export function plantedFoot(side: 'left' | 'right', o: StanceOptions = {}, phases?: readonly PhaseId[]): Contact {
  return {
    effector: `foot_${side}`,
    target: { kind: 'point', position: anklePoint(side === 'left' ? 1 : -1, o) },
    holdOrientation: 'flat',
    turnOutDeg: o.turnOutDeg ?? 0,
    touches: [`heel_${side}`, `toeTip_${side}`],
    ...(phases ? { phases } : {}),
  };
}

/** Both feet flat on the floor (or a box), the pelvis placed from them. */
export function standingOnBothFeet(o: StanceOptions = {}): { anchor: Anchor; contacts: Contact[] } {
  return {
    anchor: {
      kind: 'position',
      joints: ['foot_left', 'foot_right'],
      target: [0, (o.floorY ?? 0) + ANKLE[1], ANKLE[2]],
    },
    contacts: [plantedFoot('left', o), plantedFoot('right', o)],
  };
}

/** Standing on one foot; the other leg moves freely. */
export function standingOnOneFoot(
  side: 'left' | 'right',
  o: StanceOptions = {},
): { anchor: Anchor; contacts: Contact[] } {
  const s = side === 'left' ? 1 : -1;
  return {
    anchor: { kind: 'position', joints: [`foot_${side}`], target: anklePoint(s, o) },
    contacts: [plantedFoot(side, o)],
  };
}

/**
 * A palm on the floor where it is in key `key`. 'flat' sets the palm exactly flat; 'pose' keeps the hand as the keys
 * turn it, for a hand that lifts off, so it leaves and lands without turning at the moment of contact.
 */
export function palmDown(
  side: 'left' | 'right',
  key: number,
  phases?: readonly PhaseId[],
  palm: 'flat' | 'pose' = 'flat',
): Contact {
  return {
    effector: `hand_${side}`,
    target: { kind: 'key', key },
    holdOrientation: palm === 'flat' ? 'flat' : 'none',
    touches: [`hand_${side}`, `fingertip_${side}`],
    ...(phases ? { phases } : {}),
  };
}
