/**
 * Per-level dimensions of the generated vertebrae, in millimetres and degrees.
 *
 * Sources (ids from src/domain/content/references.ts; full notes in docs/models/PROVENANCE.md):
 * | field            | L1–L4                                   | L5                                  |
 * |------------------|-----------------------------------------|-------------------------------------|
 * | bodyDepth        | VERTEBRAL_BODIES of src/domain/skeleton/spineBind.ts (the bind pose stacks them) |
 * | height ant/post  | VERTEBRAL_BODIES, as above (sources and estimates listed there)                |
 * | bodyWidth        | ESTIMATE: 2.5 mm less per level above L5| ESTIMATE: 52 (≈1.45 × its depth)    |
 * | canalDepth       | 15.6 cook-baker-2021 ("relatively constant through the lumbar spine")         |
 * | canalWidth       | ESTIMATE: rises caudally to L5          | 28.2 cook-baker-2021                |
 * | pedicle W / H    | ESTIMATE: W rises, H falls caudally     | 16.1 / 12.9 cook-baker-2021         |
 * | tpLength         | li-2003-transverse-process (uncertain): 10, 15, 19, 15, 15                    |
 * | tpSpan           | DERIVED: canalWidth + 2·pedicleWidth + 2·tpLength (no published span found)   |
 * | spinousHeight    | eur-spine-2010-morphometry: SP thickness / VB height (mean M, F) × mean height |
 * | spinousLength    | ESTIMATE: about 3 cm at L1–L3, shorter at L4, shortest at L5 (L5 has the smallest SP, BJJ 93-B abstract in anatomy-data §1.1) |
 * | interfacetRatio  | eur-spine-2010-morphometry: interfacet width / VB width (mean M, F)            |
 * | facetAngle       | anatomy-data §1.1 facet orientation (uncertain): T12–L2 26–34°, L3–L5 40–56°   |
 * Estimates: body widths/depths and TP spans of L1–L4 are not in the reference (Panjabi 1992 and Zhou 2000
 * tables were not reachable); they follow the caudal increase the reference describes and stay inside the
 * usual adult range, anchored on the measured L5.
 */
import type { VertebraId } from '../../src/domain/anatomy/ids';
import { S1_BODY_HEIGHT, VERTEBRAL_BODIES, meanHeight } from '../../src/domain/skeleton/spineBind';

export { meanHeight };

export interface LevelParams {
  id: VertebraId | 'T12' | 'S1';
  /** Transverse width of the body. */
  bodyWidth: number;
  /** Anteroposterior depth of the body. */
  bodyDepth: number;
  heightAnterior: number;
  heightPosterior: number;
  canalWidth: number;
  canalDepth: number;
  pedicleWidth: number;
  pedicleHeight: number;
  /** Length of one transverse process beyond the pedicle. */
  tpLength: number;
  /** Vertical and anteroposterior half-sizes of the transverse process at its root and tip. */
  tpRoot: [number, number];
  tpTip: [number, number];
  /** How far the TP tip rises (y) and sweeps back (−z). */
  tpRise: number;
  tpSweep: number;
  /** L5: the TP also springs from the side of the body (conical, stout). */
  tpFromBody: boolean;
  spinousLength: number;
  spinousHeight: number;
  interfacetRatio: number;
  /** Facet plane angle to the midsagittal plane, degrees. */
  facetAngle: number;
  /** Posterior concavity of the kidney-shaped body outline. */
  kidney: number;
  /** Medial convergence of the pedicles, degrees. */
  pedicleConvergence: number;
}

/** Spinous-process height / body height, mean of the female and male columns (eur-spine-2010-morphometry). */
const SP_RATIO = {
  L1: (0.79 + 0.87) / 2,
  L2: (0.82 + 0.92) / 2,
  L3: (0.79 + 0.91) / 2,
  L4: (0.67 + 0.8) / 2,
  L5: (0.57 + 0.67) / 2,
};
/** Interfacet width / body width, mean of F and M (eur-spine-2010-morphometry). */
const IF_RATIO = {
  L1: (0.73 + 0.67) / 2,
  L2: (0.7 + 0.63) / 2,
  L3: (0.7 + 0.65) / 2,
  L4: (0.73 + 0.66) / 2,
  L5: (0.77 + 0.74) / 2,
};
const CANAL_DEPTH = 15.6; // cook-baker-2021, constant through the lumbar spine

/** The five lumbar levels plus T12, top to bottom. */
export const LEVELS: Record<VertebraId | 'T12', LevelParams> = {
  T12: {
    // Context bone, all ESTIMATES: a little smaller than L1, thoracic-type upper facets.
    id: 'T12',
    bodyWidth: 40,
    ...VERTEBRAL_BODIES.T12,
    canalWidth: 20,
    canalDepth: 16,
    pedicleWidth: 8,
    pedicleHeight: 15,
    tpLength: 9,
    tpRoot: [5, 4],
    tpTip: [4, 3.5],
    tpRise: 3,
    tpSweep: 7,
    tpFromBody: false,
    spinousLength: 27,
    spinousHeight: 20,
    interfacetRatio: 0.62,
    facetAngle: 70,
    kidney: 1.5,
    pedicleConvergence: 2,
  },
  L1: {
    id: 'L1',
    bodyWidth: 42,
    ...VERTEBRAL_BODIES.L1,
    canalWidth: 22.5,
    canalDepth: CANAL_DEPTH,
    pedicleWidth: 8.5,
    pedicleHeight: 15,
    tpLength: 10,
    tpRoot: [5.5, 3.5],
    tpTip: [4, 2.8],
    tpRise: 1.5,
    tpSweep: 4,
    tpFromBody: false,
    spinousLength: 30,
    spinousHeight: SP_RATIO.L1 * meanHeight(VERTEBRAL_BODIES.L1),
    interfacetRatio: IF_RATIO.L1,
    facetAngle: 30,
    kidney: 2,
    pedicleConvergence: 4,
  },
  L2: {
    id: 'L2',
    bodyWidth: 44.5,
    ...VERTEBRAL_BODIES.L2,
    canalWidth: 23,
    canalDepth: CANAL_DEPTH,
    pedicleWidth: 9,
    pedicleHeight: 15,
    tpLength: 15,
    tpRoot: [5.5, 3.2],
    tpTip: [4, 2.2],
    tpRise: 1,
    tpSweep: 3,
    tpFromBody: false,
    spinousLength: 31,
    spinousHeight: SP_RATIO.L2 * meanHeight(VERTEBRAL_BODIES.L2),
    interfacetRatio: IF_RATIO.L2,
    facetAngle: 34,
    kidney: 2.5,
    pedicleConvergence: 6,
  },
  L3: {
    id: 'L3',
    bodyWidth: 47,
    ...VERTEBRAL_BODIES.L3,
    canalWidth: 23.5,
    canalDepth: CANAL_DEPTH,
    pedicleWidth: 10.5,
    pedicleHeight: 14.5,
    tpLength: 19,
    tpRoot: [5.5, 3],
    tpTip: [4.2, 2],
    tpRise: 0,
    tpSweep: 2,
    tpFromBody: false,
    spinousLength: 31,
    spinousHeight: SP_RATIO.L3 * meanHeight(VERTEBRAL_BODIES.L3),
    interfacetRatio: IF_RATIO.L3,
    facetAngle: 42,
    kidney: 3,
    pedicleConvergence: 9,
  },
  L4: {
    id: 'L4',
    bodyWidth: 49.5,
    ...VERTEBRAL_BODIES.L4,
    canalWidth: 25,
    canalDepth: CANAL_DEPTH,
    pedicleWidth: 12.5,
    pedicleHeight: 13.5,
    tpLength: 15,
    tpRoot: [6, 3.5],
    tpTip: [4.2, 2.2],
    tpRise: 4,
    tpSweep: 3,
    tpFromBody: false,
    spinousLength: 28,
    spinousHeight: SP_RATIO.L4 * meanHeight(VERTEBRAL_BODIES.L4),
    interfacetRatio: IF_RATIO.L4,
    facetAngle: 48,
    kidney: 3.5,
    pedicleConvergence: 12,
  },
  L5: {
    id: 'L5',
    bodyWidth: 52,
    ...VERTEBRAL_BODIES.L5,
    canalWidth: 28.2,
    canalDepth: CANAL_DEPTH,
    pedicleWidth: 16.1,
    pedicleHeight: 12.9,
    tpLength: 15,
    // li-2003: the L5 TP is about twice as thick as L4's, and the widest.
    tpRoot: [8, 7],
    tpTip: [4.5, 3.6],
    tpRise: 4,
    tpSweep: 4,
    tpFromBody: true,
    spinousLength: 23,
    spinousHeight: SP_RATIO.L5 * meanHeight(VERTEBRAL_BODIES.L5),
    interfacetRatio: IF_RATIO.L5,
    facetAngle: 54,
    kidney: 3,
    pedicleConvergence: 16,
  },
};

/**
 * The first sacral body, for the sacrum and the L5/S1 disc. ESTIMATES except the height (S1_BODY_HEIGHT,
 * korean-ct-sacrum). Width and depth match the L5 inferior endplate
 * so the disc meets both bones (S1 endplate size was not found).
 */
export const S1_BODY: LevelParams = {
  ...LEVELS.L5,
  id: 'S1',
  bodyWidth: 50,
  bodyDepth: 35,
  heightAnterior: S1_BODY_HEIGHT,
  heightPosterior: S1_BODY_HEIGHT,
  kidney: 2,
};

/** Tip-to-tip span of the transverse processes (derived, see the table above). */
export function tpSpan(p: LevelParams): number {
  return p.canalWidth + 2 * p.pedicleWidth + 2 * p.tpLength;
}
