import { JOINT_NAMES, jointIndex } from '../../../src/domain/skeleton/joints';
import type { BoundFascicle } from './common';
import { spanInfluence } from './weights';

/** A column of a sheet: between grid fascicle i−1 and i (0 and n are the extrapolated edges), at t (0–1). */
export interface SheetColumn {
  i: number;
  t: number;
}

const JOINTS = JOINT_NAMES.length;
/** Smoothing passes over the sheet's interior; a few are enough to soften the seams between fascicles. */
const PASSES = 6;

/**
 * Per-joint skin weights over the sheet's grid ((rows + 1) × columns × joints). Each column starts as the blend
 * of the two fascicles either side of it, skinned by arc length; the interior is then smoothed so that
 * neighbouring fascicles that end on different vertebrae do not fold the sheet between them. The end rows keep
 * their exact weights, so the sheet stays on its attachments.
 */
export function sheetSkin(
  fascicles: readonly BoundFascicle[],
  columns: readonly SheetColumn[],
  rows: number,
): Float64Array {
  const n = fascicles.length;
  const cols = columns.length;
  const dense = new Float64Array((rows + 1) * cols * JOINTS);
  const knotJoints = fascicles.map((f) => f.curve.sources.map((k) => f.points[k].joint));
  for (let r = 0; r <= rows; r++) {
    const u = r / rows;
    columns.forEach(({ i, t }, c) => {
      const share = i === 0 ? 1 : i === n ? 0 : 1 - t;
      const sides = [
        [Math.min(n - 1, Math.max(0, i - 1)), share],
        [Math.min(n - 1, Math.max(0, i)), 1 - share],
      ] as const;
      for (const [k, w] of sides) {
        const f = fascicles[k];
        const s = spanInfluence(f.curve.knots, knotJoints[k], u * f.curve.length);
        s.names.forEach((name, m) => {
          dense[(r * cols + c) * JOINTS + jointIndex(name)] += s.amounts[m] * w;
        });
      }
    });
  }
  const next = new Float64Array(dense.length);
  for (let pass = 0; pass < PASSES; pass++) {
    next.set(dense);
    for (let r = 1; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const at = (rr: number, cc: number) => (rr * cols + Math.min(cols - 1, Math.max(0, cc))) * JOINTS;
        const self = at(r, c);
        const around = [at(r - 1, c), at(r + 1, c), at(r, c - 1), at(r, c + 1)];
        for (let j = 0; j < JOINTS; j++) {
          let sum = 0;
          for (const a of around) sum += dense[a + j];
          next[self + j] = 0.5 * dense[self + j] + 0.125 * sum;
        }
      }
    }
    dense.set(next);
  }
  return dense;
}
