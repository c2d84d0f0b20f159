/**
 * Right-side attachments of the muscles the Christophy 2012 model covers ('christophy-2012'), with the few via
 * and end points it lacks added as labelled estimates.
 */
import type { ReferenceId } from '../content/references';
import type { Fascicle, PathPoint } from './attachmentTypes';
import { CHRISTOPHY_FASCICLES } from './christophyFascicles';
import type { ChristophyMuscle } from './christophyFascicles';
import { placeChristophyFascicle } from './christophyPlacement';
import { THIGH, offset } from './landmarks';
import { routeOverTrunk } from './pathRouting';
import { spineJointAt } from './spineLevels';
import { wallPoint } from './trunkWall';

/** One muscle's right-side data before mirroring. */
export interface RightSideMuscle {
  refs: readonly ReferenceId[];
  estimate?: string;
  fascicles: readonly Fascicle[];
}

const ES_REFS: readonly ReferenceId[] = ['christophy-2012', 'bogduk-1980'];

/** Extends each psoas fascicle from the pelvic brim, where the model stops, to the lesser trochanter. */
function psoasToFemur(f: Fascicle): Fascicle {
  // Estimate: the tendon passes in front of the femoral head and neck, about 3 cm in front of the hip centre.
  const inFrontOfHip = offset('thigh_right', 0.008, -0.028, 0.03);
  return { ...f, points: [...f.points, inFrontOfHip, THIGH.lesserTrochanter] };
}

/** Lays the rectus abdominis over the front of the belly instead of on the straight pubis-to-rib chord. */
function rectusOverBelly(f: Fascicle): Fascicle {
  const [pubis, ribs] = [f.points[0], f.points[f.points.length - 1]];
  const vias: PathPoint[] = [0.28, 0.55, 0.8].map((t) => {
    const y = pubis.position[1] + (ribs.position[1] - pubis.position[1]) * t;
    const x = pubis.position[0] + (ribs.position[0] - pubis.position[0]) * t;
    // Estimate: the sheath lies on the front wall; 10° from the midline keeps it beside the linea alba.
    const onWall = wallPoint(y, 10 + 8 * t, -0.002);
    return { joint: spineJointAt(y), position: [x, y, onWall[2]] };
  });
  return { ...f, points: [pubis, ...vias, ribs] };
}

/** Routes a latissimus fascicle around the back of the trunk instead of through the rib cage. */
function latissimusAroundTrunk(f: Fascicle): Fascicle {
  return { ...f, points: routeOverTrunk(f.points, -0.004, 4) };
}

/** Routes an oblique's straight model line over the curve of the flank, `depth` under the wall's surface. */
function obliqueOverFlank(depth: number): (f: Fascicle) => Fascicle {
  return (f) => ({ ...f, points: routeOverTrunk(f.points, depth, 1) });
}

/** Estimated additions per muscle, with the reasoning that the data carries. */
const ADDITIONS: Partial<Record<ChristophyMuscle, { estimate: string; apply: (f: Fascicle) => Fascicle }>> = {
  'psoas-major': {
    estimate:
      'The model ends psoas at the pelvic brim; a via point in front of the hip and the lesser trochanter insertion are added at the textbook landmarks so the muscle follows the femur.',
    apply: psoasToFemur,
  },
  'rectus-abdominis': {
    estimate:
      'The model gives one straight line from pubis to ribs; three via points on the front of the belly wall are added so it lies in its sheath.',
    apply: rectusOverBelly,
  },
  'external-oblique': {
    estimate:
      'A via point per line on the estimated trunk wall keeps each straight model line on the curve of the flank; the model routes these lines with its Abdomen body only.',
    apply: obliqueOverFlank(0.002),
  },
  'latissimus-dorsi': {
    estimate:
      'The model has no wrapping surface for latissimus; via points on the estimated trunk wall keep each line on the back instead of crossing the rib cage.',
    apply: latissimusAroundTrunk,
  },
};

const REFS: Record<ChristophyMuscle, readonly ReferenceId[]> = {
  'longissimus-lumborum': ES_REFS,
  'longissimus-thoracis': ES_REFS,
  'iliocostalis-lumborum': ES_REFS,
  'iliocostalis-thoracis': ES_REFS,
  multifidus: ['christophy-2012', 'bmc-msd-2020-multifidus'],
  'quadratus-lumborum': ['christophy-2012', 'educational-anatomy-pages'],
  'psoas-major': ['christophy-2012', 'bogduk-clinical-anatomy'],
  'rectus-abdominis': ['christophy-2012', 'educational-anatomy-pages'],
  'external-oblique': ['christophy-2012', 'educational-anatomy-pages'],
  'internal-oblique': ['christophy-2012', 'educational-anatomy-pages'],
  'latissimus-dorsi': ['christophy-2012', 'educational-anatomy-pages'],
};

/** Right-side data of every modelled muscle. */
export function christophyMuscles(): Record<ChristophyMuscle, RightSideMuscle> {
  const out = {} as Record<ChristophyMuscle, RightSideMuscle>;
  for (const id of Object.keys(CHRISTOPHY_FASCICLES) as ChristophyMuscle[]) {
    const placed = CHRISTOPHY_FASCICLES[id].map(placeChristophyFascicle);
    const extra = ADDITIONS[id];
    out[id] = extra
      ? { refs: REFS[id], estimate: extra.estimate, fascicles: placed.map(extra.apply) }
      : { refs: REFS[id], fascicles: placed };
  }
  return out;
}
