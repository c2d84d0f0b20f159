/**
 * Bind pose of the spine as the bones need it: every lumbar joint at the centre of its disc, with true-size
 * vertebrae and discs stacked on the sacrum along the standing lordosis.
 *
 * Why not REST_POSITIONS as is: its lumbar joints are the Christophy 2012 body origins, 28.8–35.1 mm apart,
 * while a published body plus one disc is 36–41 mm (cook-baker-2021 L5 heights, iran-disc-mri middle heights).
 * True-size vertebrae would overlap there, so the chain is rebuilt from the L5/S1 disc centre
 * (REST_POSITIONS.L5, kept) upwards; every other joint keeps its REST offset from its parent.
 *
 * Angles (degrees, sagittal, positive = the endplate normal leans anteriorly):
 * - S1 endplate: sacral slope 40 = pelvic incidence 50.5 (sci-rep-2022-segmental-lordosis cohort mean) minus
 *   pelvic tilt 10.5 (the angle of the hip-axis → L5/S1 line of REST_POSITIONS). Derived.
 * - Segmental lordosis (upper endplate of Lk to upper endplate of Lk+1): sci-rep-2022-segmental-lordosis,
 *   1.2 / 5.9 / 9.1 / 12.7 / 21.6 (sum 50.5; lordosis-cohort-627 gives 49.8 ± 11.2 standing).
 * - Each disc's wedge = its segment's lordosis minus the wedge of the vertebral body above it.
 * Disc middle heights: iran-disc-mri. T12/L1 disc: ESTIMATE 9 mm, 2° (smaller than L1/L2, as heights rise caudally).
 */
import { JOINT_NAMES, JOINT_PARENTS } from '../../src/domain/skeleton/joints';
import type { JointName } from '../../src/domain/skeleton/joints';
import { REST_POSITIONS } from '../../src/domain/skeleton/restPose';
import type { DiscId, VertebraId } from '../../src/domain/anatomy/ids';
import { LEVELS, S1_BODY, meanHeight } from './levels';
import { DISH_INFERIOR, DISH_SUPERIOR } from './vertebraBody';
import type { LevelParams } from './levels';

export type Vec3 = readonly [number, number, number];
export type SpineLevel = VertebraId | 'T12';

/** Sacral slope of the bind pose, degrees (derived above). */
export const SACRAL_SLOPE_DEG = 40;

const DISH = { inferior: DISH_INFERIOR, superior: DISH_SUPERIOR } as const;

/** Disc middle height (mm, iran-disc-mri; T12/L1 estimate), AP length (mm) and segmental lordosis (°). */
export const DISCS: Record<DiscId | 'T12-L1', { middle: number; length: number; segment: number }> = {
  'T12-L1': { middle: 9, length: 29, segment: 2 },
  'L1-L2': { middle: 10.0, length: 30.23, segment: 1.2 },
  'L2-L3': { middle: 11.59, length: 32.03, segment: 5.9 },
  'L3-L4': { middle: 12.45, length: 32.86, segment: 9.1 },
  'L4-L5': { middle: 13.82, length: 33.08, segment: 12.7 },
  'L5-S1': { middle: 12.99, length: 31.33, segment: 21.6 },
};

/** The disc below each level. */
export const DISC_BELOW: Record<SpineLevel, DiscId | 'T12-L1'> = {
  T12: 'T12-L1',
  L1: 'L1-L2',
  L2: 'L2-L3',
  L3: 'L3-L4',
  L4: 'L4-L5',
  L5: 'L5-S1',
};

/** Where a rigid piece sits: origin (metres, world) and sagittal tilt (radians, about +x). */
export interface Placement {
  origin: Vec3;
  tilt: number;
}

/** Lordotic wedge of a body, degrees: positive when the anterior height is the larger. */
export function bodyWedgeDeg(p: LevelParams): number {
  return (Math.atan((p.heightAnterior - p.heightPosterior) / p.bodyDepth) * 180) / Math.PI;
}

export interface SpineBind {
  /** Body-centre frame of each vertebra. */
  vertebrae: Record<SpineLevel, Placement>;
  /** Centre of the S1 body (the sacrum's frame) and its tilt (the sacral slope). */
  sacrum: Placement;
  /** Joint positions (disc centres) of L5…T12. */
  joints: Record<SpineLevel, Vec3>;
}

const RAD = Math.PI / 180;

function along(p: Vec3, tiltDeg: number, mm: number): Vec3 {
  const t = tiltDeg * RAD;
  return [p[0], p[1] + (Math.cos(t) * mm) / 1000, p[2] + (Math.sin(t) * mm) / 1000];
}

/** Stacks sacrum → L5 → … → T12 from the L5/S1 disc centre. */
export function spineBind(): SpineBind {
  const order: SpineLevel[] = ['L5', 'L4', 'L3', 'L2', 'L1', 'T12'];
  const vertebrae = {} as Record<SpineLevel, Placement>;
  const joints = {} as Record<SpineLevel, Vec3>;
  let endplate = SACRAL_SLOPE_DEG;
  let discCentre: Vec3 = REST_POSITIONS.L5;
  const first = DISCS['L5-S1'];
  const firstWedge = first.segment - bodyWedgeDeg(LEVELS.L5);
  const s1Endplate = along(discCentre, endplate - firstWedge / 2, -(first.middle - DISH.inferior - DISH.superior) / 2);
  const sacrumCentre = along(s1Endplate, endplate, -meanHeight(S1_BODY) / 2);
  for (const level of order) {
    const p = LEVELS[level];
    const disc = DISCS[DISC_BELOW[level]];
    const wedge = level === 'T12' ? disc.segment : disc.segment - bodyWedgeDeg(p);
    // The rim planes are closer than the middle height by the two endplate dishes.
    const gap = disc.middle - DISH.inferior - DISH.superior;
    joints[level] = discCentre;
    const lowerEndplate = along(discCentre, endplate - wedge / 2, gap / 2);
    endplate -= wedge;
    const mid = endplate - bodyWedgeDeg(p) / 2;
    const centre = along(lowerEndplate, mid, meanHeight(p) / 2);
    vertebrae[level] = { origin: centre, tilt: mid * RAD };
    const upperEndplate = along(centre, mid, meanHeight(p) / 2);
    endplate -= bodyWedgeDeg(p);
    const next = order[order.indexOf(level) + 1];
    if (next) {
      const d = DISCS[DISC_BELOW[next]];
      const w = next === 'T12' ? d.segment : d.segment - bodyWedgeDeg(LEVELS[next]);
      discCentre = along(upperEndplate, endplate - w / 2, (d.middle - DISH.inferior - DISH.superior) / 2);
    }
  }
  return { vertebrae, sacrum: { origin: sacrumCentre, tilt: SACRAL_SLOPE_DEG * RAD }, joints };
}

/** World bind position of every joint: REST_POSITIONS with the lumbar chain rebuilt; children keep their offsets. */
export function bindPositions(): Record<JointName, Vec3> {
  const spine = spineBind();
  const out = {} as Record<JointName, Vec3>;
  for (const name of JOINT_NAMES) {
    const own = (spine.joints as Partial<Record<JointName, Vec3>>)[name];
    const parent = JOINT_PARENTS[name];
    if (own) out[name] = own;
    else if (parent === null) out[name] = REST_POSITIONS[name];
    else {
      const r = REST_POSITIONS[name];
      const rp = REST_POSITIONS[parent];
      const bp = out[parent];
      out[name] = [bp[0] + r[0] - rp[0], bp[1] + r[1] - rp[1], bp[2] + r[2] - rp[2]];
    }
  }
  return out;
}
