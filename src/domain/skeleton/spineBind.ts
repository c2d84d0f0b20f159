/**
 * The spine of the bind pose: L5…T12 stacked on the sacrum with true-size vertebral bodies and published discs
 * along the standing segmental lordosis. Every spine joint sits at the centre of the disc below its vertebra.
 *
 * Why the chain is rebuilt rather than taken from the Christophy 2012 body origins: those are 28.8–35.1 mm
 * apart, while a published body plus one disc is 36–41 mm, so true-size vertebrae would overlap there. The
 * chain starts at the L5/S1 disc centre (the Christophy lumbar5 origin, placed by restPose.ts) and runs upwards.
 *
 * Angles (degrees, sagittal, positive = the endplate normal leans anteriorly):
 * - S1 endplate: sacral slope = pelvic incidence 50.5 (sci-rep-2022-segmental-lordosis cohort mean) minus the
 *   pelvic tilt of the bind pose (the hip-axis → L5/S1 line from vertical). Derived.
 * - Segmental lordosis of each lumbar disc: SEGMENTS of ../anatomy/segments.ts (sci-rep-2022-segmental-lordosis).
 * - Each disc's wedge is its segment's lordosis minus the wedge of the vertebral body above it.
 * Disc middle heights and lengths: DISC_DIMENSIONS of ../anatomy/discs.ts (iran-disc-mri).
 */
import { DISC_DIMENSIONS } from '../anatomy/discs';
import type { DiscId, VertebraId } from '../anatomy/ids';
import { SEGMENTS } from '../anatomy/segments';
import type { Vec3Tuple } from './restPose';

/** The vertebrae the bind chain stacks: the five lumbar ones and T12. */
export type SpineLevel = VertebraId | 'T12';
/** The discs of the chain: the five lumbar discs and T12/L1. */
export type SpineDisc = DiscId | 'T12-L1';

/** Size of a vertebral body, millimetres. */
export interface VertebralBody {
  /** Anteroposterior depth. */
  bodyDepth: number;
  heightAnterior: number;
  heightPosterior: number;
}

/** Sagittal wedging of L1–L4, degrees, positive = anterior shorter (eur-spine-2010-morphometry, mean of F and M). */
export const BODY_WEDGE_DEG = { L1: (2.6 + 4.1) / 2, L2: (0.7 + 2.6) / 2, L3: (-1.1 + 1.3) / 2, L4: (-3.1 - 0.7) / 2 };

/** A body from its mean height and depth, split into anterior and posterior heights by its wedge. */
function wedged(meanHeight: number, bodyDepth: number, wedgeDeg: number): VertebralBody {
  const diff = bodyDepth * Math.tan((wedgeDeg * Math.PI) / 180);
  return { bodyDepth, heightAnterior: meanHeight - diff / 2, heightPosterior: meanHeight + diff / 2 };
}

/**
 * Vertebral bodies of the chain, mm.
 * - L5: cook-baker-2021 (anterior 30.3, posterior 26.3, depth 35.7 as the VBSL).
 * - L1–L4: ESTIMATES of mean height (25.5–27.5) and depth (1 mm less per level above L5), following the caudal
 *   increase the references describe and anchored on the measured L5; split by the eur-spine-2010-morphometry wedge.
 * - T12: ESTIMATE, a little smaller than L1 and wedged 4° (a context bone).
 */
export const VERTEBRAL_BODIES: Readonly<Record<SpineLevel, VertebralBody>> = {
  T12: wedged(24, 30, 4),
  L1: wedged(25.5, 31.5, BODY_WEDGE_DEG.L1),
  L2: wedged(26.5, 33, BODY_WEDGE_DEG.L2),
  L3: wedged(27, 34, BODY_WEDGE_DEG.L3),
  L4: wedged(27.5, 35, BODY_WEDGE_DEG.L4),
  L5: { bodyDepth: 35.7, heightAnterior: 30.3, heightPosterior: 26.3 },
};

/** Height of the S1 body, mm: 28.0, median on post-mortem CT of 29 adults (korean-ct-sacrum; uncertain). */
export const S1_BODY_HEIGHT = 28;

/** Endplate dish depths, mm (wang-2012-endplates): the disc's cranial endplate 1.5, its caudal endplate 0.7. */
export const ENDPLATE_DISH = { inferior: 1.5, superior: 0.7 } as const;

/** Pelvic incidence, degrees: the sci-rep-2022-segmental-lordosis cohort mean. */
export const PELVIC_INCIDENCE_DEG = 50.5;

/** A disc of the chain: middle height and AP length (mm) and its segmental lordosis (degrees). */
export interface SpineDiscSize {
  middle: number;
  length: number;
  segment: number;
}

function lumbarDisc(id: DiscId): SpineDiscSize {
  const d = DISC_DIMENSIONS[id];
  const segment = SEGMENTS.find((s) => s.id === id);
  if (!segment) throw new Error(`no segment ${id}`);
  return { middle: d.middle[0], length: d.length[0], segment: segment.standingLordosisDeg };
}

/** The discs of the chain. T12/L1 is an ESTIMATE: 9 mm, 29 mm long, 2° (smaller than L1/L2, as heights rise caudally). */
export const SPINE_DISCS: Readonly<Record<SpineDisc, SpineDiscSize>> = {
  'T12-L1': { middle: 9, length: 29, segment: 2 },
  'L1-L2': lumbarDisc('L1-L2'),
  'L2-L3': lumbarDisc('L2-L3'),
  'L3-L4': lumbarDisc('L3-L4'),
  'L4-L5': lumbarDisc('L4-L5'),
  'L5-S1': lumbarDisc('L5-S1'),
};

/** The disc below each level. */
export const DISC_BELOW: Readonly<Record<SpineLevel, SpineDisc>> = {
  T12: 'T12-L1',
  L1: 'L1-L2',
  L2: 'L2-L3',
  L3: 'L3-L4',
  L4: 'L4-L5',
  L5: 'L5-S1',
};

/** Mean of anterior and posterior height, mm. */
export function meanHeight(p: Pick<VertebralBody, 'heightAnterior' | 'heightPosterior'>): number {
  return (p.heightAnterior + p.heightPosterior) / 2;
}

/** Lordotic wedge of a body, degrees: positive when the anterior height is the larger. */
export function bodyWedgeDeg(p: VertebralBody): number {
  return (Math.atan((p.heightAnterior - p.heightPosterior) / p.bodyDepth) * 180) / Math.PI;
}

/** Where a rigid piece sits: origin (metres, world) and sagittal tilt (radians, about +x). */
export interface Placement {
  origin: Vec3Tuple;
  tilt: number;
}

/** The stacked spine. */
export interface SpineBind {
  /** Body-centre frame of each vertebra. */
  vertebrae: Readonly<Record<SpineLevel, Placement>>;
  /** Centre of the S1 body (the sacrum's frame) and its tilt (the sacral slope). */
  sacrum: Placement;
  /** Joint positions (disc centres) of L5…T12. */
  joints: Readonly<Record<SpineLevel, Vec3Tuple>>;
}

const RAD = Math.PI / 180;

/** Sacral slope, degrees: pelvic incidence minus the tilt of the hip-axis → L5/S1 line from vertical. */
export function sacralSlopeDeg(hipCentre: Vec3Tuple, l5s1: Vec3Tuple): number {
  const pelvicTilt = Math.atan2(hipCentre[2] - l5s1[2], l5s1[1] - hipCentre[1]) / RAD;
  return PELVIC_INCIDENCE_DEG - pelvicTilt;
}

function along(p: Vec3Tuple, tiltDeg: number, mm: number): Vec3Tuple {
  const t = tiltDeg * RAD;
  return [p[0], p[1] + (Math.cos(t) * mm) / 1000, p[2] + (Math.sin(t) * mm) / 1000];
}

/** Wedge of a disc, degrees: its segment's lordosis minus that of the body above (T12/L1 is all disc). */
function discWedgeDeg(level: SpineLevel): number {
  const disc = SPINE_DISCS[DISC_BELOW[level]];
  return level === 'T12' ? disc.segment : disc.segment - bodyWedgeDeg(VERTEBRAL_BODIES[level]);
}

/** Distance between a disc's two rim planes, mm: the middle height less the two endplate dishes. */
function discGap(level: SpineLevel): number {
  return SPINE_DISCS[DISC_BELOW[level]].middle - ENDPLATE_DISH.inferior - ENDPLATE_DISH.superior;
}

const ORDER: readonly SpineLevel[] = ['L5', 'L4', 'L3', 'L2', 'L1', 'T12'];

/** Stacks sacrum → L5 → … → T12 from the L5/S1 disc centre (world, metres) on a sacrum of the given slope. */
export function stackSpine(l5s1: Vec3Tuple, slopeDeg: number): SpineBind {
  const vertebrae = {} as Record<SpineLevel, Placement>;
  const joints = {} as Record<SpineLevel, Vec3Tuple>;
  let endplate = slopeDeg;
  let discCentre = l5s1;
  const s1Endplate = along(discCentre, endplate - discWedgeDeg('L5') / 2, -discGap('L5') / 2);
  const sacrumCentre = along(s1Endplate, endplate, -S1_BODY_HEIGHT / 2);
  ORDER.forEach((level, i) => {
    const body = VERTEBRAL_BODIES[level];
    const wedge = discWedgeDeg(level);
    joints[level] = discCentre;
    const lowerEndplate = along(discCentre, endplate - wedge / 2, discGap(level) / 2);
    endplate -= wedge;
    const mid = endplate - bodyWedgeDeg(body) / 2;
    const centre = along(lowerEndplate, mid, meanHeight(body) / 2);
    vertebrae[level] = { origin: centre, tilt: mid * RAD };
    const upperEndplate = along(centre, mid, meanHeight(body) / 2);
    endplate -= bodyWedgeDeg(body);
    const next = ORDER[i + 1];
    if (next) discCentre = along(upperEndplate, endplate - discWedgeDeg(next) / 2, discGap(next) / 2);
  });
  return { vertebrae, sacrum: { origin: sacrumCentre, tilt: slopeDeg * RAD }, joints };
}
