/**
 * Every muscle of the anatomy model, one skinned MeshPart per muscle and side, lofted along the attachment data
 * of src/domain/anatomy/attachments.ts.
 */
import type { MeshPart } from '../meshPart';
import type { Lod } from '../place';
import { DETAIL } from './context';
import type { MuscleContext } from './context';
import { buildAbdominals } from './abdominals';
import { buildDeepBack } from './deepBack';
import { buildErectorSpinae } from './erectorSpinae';
import { buildHipAndThigh } from './hipAndThigh';
import { buildHipFlexors } from './hipFlexors';
import { buildUpperBackAndArm } from './upperBackAndArm';

/** Builds all muscles at one level of detail. */
export async function buildMuscles(lod: Lod): Promise<MeshPart[]> {
  const ctx: MuscleContext = { lod, detail: DETAIL[lod] };
  return [
    ...buildErectorSpinae(ctx),
    ...buildDeepBack(ctx),
    ...buildHipFlexors(ctx),
    ...buildAbdominals(ctx),
    ...buildHipAndThigh(ctx),
    ...buildUpperBackAndArm(ctx),
  ];
}
