/**
 * Motion-segment numbers for the animation: how much each lumbar segment moves and how a whole-lumbar
 * angle is shared out between the five segments.
 *
 * Sources:
 * - Standing segmental lordosis: 'sci-rep-2022-segmental-lordosis' (324 asymptomatic adults, Table 2).
 * - Shares of flexion/extension, lateral bend and axial rotation per level, and the whole-lumbar limits of
 *   70° flexion, 26° extension and 25° lateral bend: 'christophy-2012' (the OpenSim model's joint coupling
 *   table; a model, not a measurement). The in-vivo regional totals of 'bmc-msd-2008-regional' (65.8° of
 *   flexion and 29.5° of extension from standing, upper plus lower lumbar) agree with the model's limits.
 * - Lateral bend and axial rotation per segment: 'pearcy-1985' (stereo radiography, abstract).
 *
 * Sign convention used everywhere in the app: positive flexion bends forward, negative flexion is extension;
 * positive lateral bend is towards the right side; positive rotation turns the trunk to the right.
 * The model file itself counts flexion as negative; only the magnitudes are taken from it.
 */
import type { ReferenceId } from '../content/references';
import type { DiscId } from './ids';

/** One lumbar motion segment (the disc and the two vertebrae it joins), named by its disc. */
export interface SegmentMotion {
  id: DiscId;
  /** Segmental lordosis when standing, degrees. Ref: 'sci-rep-2022-segmental-lordosis'. */
  standingLordosisDeg: number;
  /** Share of whole-lumbar flexion/extension taken by this segment (column sums to 1). Ref: 'christophy-2012'. */
  flexionShare: number;
  /** Share of whole-lumbar lateral bend (column sums to 1.0001 from rounding in the file). Ref: 'christophy-2012'. */
  lateralBendShare: number;
  /**
   * Raw axial-rotation coupling coefficient of the model (column sums to only 0.1659; see WHOLE_LUMBAR).
   * Used only as a relative weight. Ref: 'christophy-2012'.
   */
  axialRotationCoeff: number;
  /** Flexion limit, degrees: flexionShare × 70°. Ref: 'christophy-2012'. */
  maxFlexionDeg: number;
  /** Extension limit, degrees: flexionShare × 26°. Ref: 'christophy-2012'. */
  maxExtensionDeg: number;
  /** Lateral bend limit to each side, degrees. Ref: 'pearcy-1985'. */
  maxLateralBendDeg: number;
  /** Axial rotation limit to each side, degrees. Ref: 'pearcy-1985'. */
  maxAxialRotationDeg: number;
  /** Every source behind the numbers of this segment. */
  refs: ReferenceId[];
  /** Caveats for this segment, where there are any. */
  note?: string;
}

/** The whole-lumbar motions that carry a limit. */
export type LumbarMotion = 'flexion' | 'extension' | 'lateralBend' | 'axialRotation';

/** A whole-lumbar limit, degrees, with its source. */
export interface LumbarLimit {
  /** Degrees; for lateral bend and rotation, to one side. */
  deg: number;
  refs: ReferenceId[];
  note: string;
  /** True when the number is our derivation rather than a published figure. */
  estimate?: boolean;
}

/** Whole-lumbar (L1 to S1) limits from standing. */
export const WHOLE_LUMBAR: Readonly<Record<LumbarMotion, LumbarLimit>> = {
  flexion: {
    deg: 70,
    refs: ['christophy-2012', 'bmc-msd-2008-regional'],
    note: 'Model limit. In vivo, upper plus lower lumbar flexion from standing came to 65.8° (30.8° + 35.0°).',
  },
  extension: {
    deg: 26,
    refs: ['christophy-2012', 'bmc-msd-2008-regional'],
    note: 'Model limit. In vivo, upper plus lower lumbar extension from standing came to 29.5° (8.9° + 20.6°).',
  },
  lateralBend: {
    deg: 25,
    refs: ['christophy-2012'],
    note: 'Model limit, to each side.',
  },
  axialRotation: {
    // Estimate: five segments × ≈2° each (Pearcy). The model's own figure is unusable here: its ±45°
    // axial_rotation coordinate couples to the levels with coefficients that sum to 0.1659, so 45° gives only
    // ≈7.5° of lumbar rotation; a later update of the model rescales them so the coordinate equals the whole
    // torso-on-pelvis rotation, which is more than the lumbar spine alone allows.
    deg: 10,
    refs: ['pearcy-1985', 'christophy-2012'],
    note: 'Estimate: the sum of about 2° at each of the five segments (Pearcy). The model’s 45° coordinate yields only about 7.5° of lumbar rotation because its coupling coefficients sum to 0.166.',
    estimate: true,
  },
};

/** Rounds to two decimals, so derived limits read cleanly in the info card. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Builds one segment; the flexion and extension limits are derived from the share so they cannot drift apart. */
function segment(
  id: DiscId,
  standingLordosisDeg: number,
  flexionShare: number,
  lateralBendShare: number,
  axialRotationCoeff: number,
  maxLateralBendDeg: number,
  note?: string,
): SegmentMotion {
  return {
    id,
    standingLordosisDeg,
    flexionShare,
    lateralBendShare,
    axialRotationCoeff,
    maxFlexionDeg: round2(flexionShare * WHOLE_LUMBAR.flexion.deg),
    maxExtensionDeg: round2(flexionShare * WHOLE_LUMBAR.extension.deg),
    maxLateralBendDeg,
    // Pearcy gives ≈2° at every joint and "slightly more" at L3/4 and L4/5, without a number: keep 2°.
    maxAxialRotationDeg: 2,
    refs: ['sci-rep-2022-segmental-lordosis', 'christophy-2012', 'pearcy-1985'],
    ...(note === undefined ? {} : { note }),
  };
}

const SIDE_NOTE =
  'Pearcy’s abstract gives one figure per level without saying whether it is to one side or both; it is used here as the limit to each side.';

/**
 * The five lumbar motion segments, top to bottom.
 * Columns: id, standing lordosis (sci-rep-2022), flexion share, lateral-bend share, axial-rotation coefficient
 * (christophy-2012), lateral bend per side (pearcy-1985: ≈10° at the upper three levels, 6° at L4/5, 3° at L5/S1).
 */
export const SEGMENTS: readonly SegmentMotion[] = [
  segment('L1-L2', 1.2, 0.255, 0.188, 0.0289, 10, SIDE_NOTE),
  segment('L2-L3', 5.9, 0.231, 0.2501, 0.0311, 10, SIDE_NOTE),
  segment(
    'L3-L4',
    9.1,
    0.204,
    0.2453,
    0.0378,
    10,
    `${SIDE_NOTE} Axial rotation is slightly more than 2° here per Pearcy, with no number given.`,
  ),
  segment(
    'L4-L5',
    12.7,
    0.185,
    0.1811,
    0.0378,
    6,
    `${SIDE_NOTE} Axial rotation is slightly more than 2° here per Pearcy, with no number given.`,
  ),
  // Sharing the model's 25° of lateral bend gives 3.4° here, a little above Pearcy's 3°.
  segment('L5-S1', 21.6, 0.125, 0.1356, 0.0303, 3, SIDE_NOTE),
];

/** Whole-lumbar angles in degrees: positive flexion bends forward, positive lateral bend and rotation go right. */
export interface LumbarAngles {
  flexion: number;
  lateralBend: number;
  rotation: number;
}

/** Sum of one column of the segment table. */
function columnSum(pick: (segment: SegmentMotion) => number): number {
  return SEGMENTS.reduce((sum, each) => sum + pick(each), 0);
}

// Each column is normalised so the per-segment angles always add back up to the whole-lumbar angle,
// even though the lateral-bend column sums to 1.0001 and the rotation column to 0.1659.
const FLEXION_SUM = columnSum((each) => each.flexionShare);
const LATERAL_BEND_SUM = columnSum((each) => each.lateralBendShare);
const ROTATION_SUM = columnSum((each) => each.axialRotationCoeff);

/** The fraction of each whole-lumbar motion that a segment takes; each kind sums to exactly 1 over the segments. */
export function segmentShares(id: DiscId): LumbarAngles {
  const found = SEGMENTS.find((each) => each.id === id);
  if (!found) throw new Error(`No motion segment "${id}"`);
  return {
    flexion: found.flexionShare / FLEXION_SUM,
    lateralBend: found.lateralBendShare / LATERAL_BEND_SUM,
    rotation: found.axialRotationCoeff / ROTATION_SUM,
  };
}

/**
 * Shares a whole-lumbar pose out over L1-L2 … L5-S1 by the model's per-level ratios. Signs carry through
 * (positive = flexion, right bend, right rotation). No clamping: callers keep totals within WHOLE_LUMBAR.
 */
export function distributeLumbar(total: LumbarAngles): Record<DiscId, LumbarAngles> {
  const result = {} as Record<DiscId, LumbarAngles>;
  for (const each of SEGMENTS) {
    const share = segmentShares(each.id);
    result[each.id] = {
      flexion: total.flexion * share.flexion,
      lateralBend: total.lateralBend * share.lateralBend,
      rotation: total.rotation * share.rotation,
    };
  }
  return result;
}
