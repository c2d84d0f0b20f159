/**
 * The bind pose as the bone builders read it: the one skeleton of src/domain/skeleton, whose spine is stacked
 * from true-size vertebrae and published discs (spineBind.ts there holds the numbers and their sources).
 */
import { SPINE_BIND } from '../../src/domain/skeleton/restPose';
import type { SpineBind } from '../../src/domain/skeleton/spineBind';

export type Vec3 = readonly [number, number, number];
export type { Placement, SpineBind, SpineLevel } from '../../src/domain/skeleton/spineBind';
export { DISC_BELOW, SPINE_DISCS as DISCS, bodyWedgeDeg } from '../../src/domain/skeleton/spineBind';

/** Vertebra, sacrum and joint frames of the bind pose. */
export function spineBind(): SpineBind {
  return SPINE_BIND;
}
