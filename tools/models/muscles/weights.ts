import { jointIndex } from '../../../src/domain/skeleton/joints';
import type { JointName } from '../../../src/domain/skeleton/joints';

/** Four joint indices and four weights per vertex, as glTF JOINTS_0 / WEIGHTS_0 want them. */
export interface SkinWeights {
  joints: number[];
  weights: number[];
}

/**
 * Skins vertices between the joints of the two path points on either side of them, linear in arc length.
 * A fascicle is a straight-ish cord between its attachments, so blending the two bones' transforms keeps it
 * attached at both ends and lets the belly stretch evenly as the joints between them move.
 */
export function arcLengthWeights(
  arc: readonly number[],
  knots: readonly number[],
  knotJoints: readonly JointName[],
): SkinWeights {
  const joints: number[] = [];
  const weights: number[] = [];
  for (const s of arc) {
    const { names, amounts } = spanInfluence(knots, knotJoints, s);
    pushInfluences(names, amounts, joints, weights);
  }
  return { joints, weights };
}

/** The two joints around arc length s and their linear shares. */
export function spanInfluence(
  knots: readonly number[],
  knotJoints: readonly JointName[],
  s: number,
): { names: [JointName, JointName]; amounts: [number, number] } {
  let i = 0;
  while (i < knots.length - 2 && s > knots[i + 1]) i++;
  const span = knots[i + 1] - knots[i];
  const f = span > 0 ? Math.min(1, Math.max(0, (s - knots[i]) / span)) : 0;
  return { names: [knotJoints[i], knotJoints[i + 1]], amounts: [1 - f, f] };
}

/** Merges repeated joints, keeps the four largest weights, normalises them and appends one vertex's skin. */
export function pushInfluences(
  names: readonly JointName[],
  amounts: ArrayLike<number>,
  joints: number[],
  weights: number[],
): void {
  const merged = new Map<number, number>();
  names.forEach((name, k) => {
    if (amounts[k] <= 0) return;
    const j = jointIndex(name);
    merged.set(j, (merged.get(j) ?? 0) + amounts[k]);
  });
  const top = [...merged.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 4);
  if (top.length === 0) top.push([jointIndex(names[0]), 1]);
  const total = top.reduce((sum, [, w]) => sum + w, 0);
  for (let k = 0; k < 4; k++) {
    joints.push(k < top.length ? top[k][0] : 0);
    weights.push(k < top.length ? top[k][1] / total : 0);
  }
}
