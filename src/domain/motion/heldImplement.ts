/**
 * An implement spec resolved once per motion for the frame loop. Its numbers sit in one typed array: content
 * objects come in several shapes (each mount kind is its own), and a number read from a property the compiler has
 * seen on objects of more than one shape can come back boxed on the heap, which a frame must not do.
 */
import { jointIndex } from '../skeleton/joints';
import type { ImplementSpec } from './motionTypes';

/** Slots of HeldImplement.numbers. */
export const GRIP_HALF_WIDTH = 0;
/** Forward position of a vertical-line mount (metres). */
export const LINE_Z = 1;
/** Offset of a joint mount in the joint's frame, x y z (metres). */
export const JOINT_OFFSET = 2;
/** Centre of mass relative to the grip centre in the implement frame, x y z (metres). */
export const MASS_OFFSET = 5;
const SLOTS = 8;

export class HeldImplement {
  readonly mount: ImplementSpec['mount']['kind'];
  /** Joint carrying a joint-mounted implement, else -1. */
  readonly joint: number;
  readonly hands: ImplementSpec['hands'];
  readonly numbers = new Float64Array(SLOTS);

  constructor(spec: ImplementSpec) {
    const mount = spec.mount;
    this.mount = mount.kind;
    this.joint = mount.kind === 'joint' ? jointIndex(mount.joint) : -1;
    this.hands = spec.hands;
    this.numbers[GRIP_HALF_WIDTH] = spec.gripHalfWidth;
    if (mount.kind === 'verticalLine') this.numbers[LINE_Z] = mount.z;
    if (mount.kind === 'joint') this.numbers.set(mount.offset, JOINT_OFFSET);
    this.numbers.set(spec.massOffset, MASS_OFFSET);
  }
}
