import { Vector3 } from 'three';
import type { JointName } from '../../../src/domain/skeleton/joints';
import type { PathPoint } from '../../../src/domain/anatomy/attachments';
import type { BoundFascicle } from './common';
import { sampleAt } from './curve';
import { loftTube } from './loft';
import type { SurfaceNormal } from './loft';
import type { SkinnedTube } from './tubes';
import { pathCurve } from './tubes';
import { pushInfluences } from './weights';

/** How an envelope belly is shaped around its fascicles. */
export interface BellyStyle {
  sides: number;
  ringSpacing: number;
  /** Vertical distance between the slices that define the belly, metres. */
  step: number;
  /** A slice needs at least this many fascicles crossing it to carry the belly. */
  minCount: number;
  /** Each fascicle's own belly radius, added around the spread of the fascicle centres. */
  radiusOf: (f: BoundFascicle) => number;
  /** Shares of the side-to-side and front-to-back spread the belly fills (below 1 lets fascicles show). */
  widthShare: number;
  thicknessShare: number;
  outward: SurfaceNormal;
  tint: number;
}

interface Crossing {
  position: Vector3;
  radius: number;
  /** Skin influences of the fascicle where it crosses. */
  joints: JointName[];
  amounts: number[];
}

const SAMPLES = 64;
const p = new Vector3();
const tangent = new Vector3();

/** Where each fascicle crosses height y, with its position, radius and skin there. */
function crossings(fascicles: readonly BoundFascicle[], radiusOf: (f: BoundFascicle) => number, y: number): Crossing[] {
  const out: Crossing[] = [];
  for (const f of fascicles) {
    let prevY = NaN;
    let prevU = 0;
    const prev = new Vector3();
    for (let k = 0; k <= SAMPLES; k++) {
      const u = k / SAMPLES;
      sampleAt(f.curve, u, p, tangent);
      if (k > 0 && (prevY - y) * (p.y - y) <= 0 && prevY !== p.y) {
        const t = (y - prevY) / (p.y - prevY);
        const s = (prevU + (u - prevU) * t) * f.curve.length;
        const { knots, sources } = f.curve;
        let i = 0;
        while (i < knots.length - 2 && s > knots[i + 1]) i++;
        const w = Math.min(1, Math.max(0, (s - knots[i]) / (knots[i + 1] - knots[i] || 1)));
        out.push({
          position: prev.clone().lerp(p, t),
          radius: radiusOf(f),
          joints: [f.points[sources[i]].joint, f.points[sources[i + 1]].joint],
          amounts: [1 - w, w],
        });
        break;
      }
      prevY = p.y;
      prevU = u;
      prev.copy(p);
    }
  }
  return out;
}

/**
 * A belly that fills the space between a muscle's fascicles: horizontal slices through the fascicles give a centre
 * line and a spread, and the belly is lofted through them. Each slice is skinned like the fascicles crossing it,
 * so the belly and its fascicles deform together.
 */
export function envelopeBelly(fascicles: readonly BoundFascicle[], style: BellyStyle): SkinnedTube | null {
  let low = Infinity;
  let high = -Infinity;
  for (const f of fascicles) {
    for (const q of f.points) {
      low = Math.min(low, q.position[1]);
      high = Math.max(high, q.position[1]);
    }
  }
  const slices: { centre: Vector3; halfWidth: number; halfThickness: number; crossing: Crossing[] }[] = [];
  for (let y = low + style.step * 0.5; y < high; y += style.step) {
    const crossing = crossings(fascicles, style.radiusOf, y);
    if (crossing.length < style.minCount) continue;
    const centre = new Vector3();
    for (const c of crossing) centre.add(c.position);
    centre.divideScalar(crossing.length);
    let spreadX = 0;
    let spreadZ = 0;
    let radius = 0;
    for (const c of crossing) {
      spreadX = Math.max(spreadX, Math.abs(c.position.x - centre.x));
      spreadZ = Math.max(spreadZ, Math.abs(c.position.z - centre.z));
      radius += c.radius / crossing.length;
    }
    slices.push({
      centre,
      halfWidth: spreadX * style.widthShare + radius,
      halfThickness: spreadZ * style.thicknessShare + radius * 0.8,
      crossing,
    });
  }
  if (slices.length < 3) return null;
  // A three-tap average keeps the centre line from zigzagging where fascicles start and stop.
  const centres = slices.map((s, i) => {
    const a = slices[Math.max(0, i - 1)].centre;
    const b = slices[Math.min(slices.length - 1, i + 1)].centre;
    return s.centre.clone().multiplyScalar(2).add(a).add(b).multiplyScalar(0.25);
  });
  const points: PathPoint[] = centres.map((c, i) => ({
    joint: slices[i].crossing[0].joints[0],
    position: [c.x, c.y, c.z],
  }));
  const curve = pathCurve(points);
  const knotU = curve.knots.map((k) => k / curve.length);
  const profile = (pick: (i: number) => number) => (u: number) => {
    let i = 0;
    while (i < knotU.length - 2 && u > knotU[i + 1]) i++;
    const f = Math.min(1, Math.max(0, (u - knotU[i]) / (knotU[i + 1] - knotU[i] || 1)));
    // Rounded ends: the belly tapers into the fascicles over the first and last tenth.
    const end = Math.min(1, Math.sin(Math.PI * Math.min(u, 1 - u) * 5) * 0.5 + 0.5);
    const a = pick(curve.sources[i]);
    const b = pick(curve.sources[i + 1]);
    return (a + (b - a) * f) * (u < 0.1 || u > 0.9 ? end : 1);
  };
  const tube = loftTube(curve, {
    sides: style.sides,
    ringSpacing: style.ringSpacing,
    halfWidth: profile((i) => slices[i].halfWidth),
    halfThickness: profile((i) => slices[i].halfThickness),
    outward: style.outward,
    tendon: [0, 0],
    tint: style.tint,
  });
  // Skin each vertex like the fascicles crossing the two slices either side of it.
  const joints: number[] = [];
  const weights: number[] = [];
  for (const s of tube.arc) {
    let i = 0;
    while (i < curve.knots.length - 2 && s > curve.knots[i + 1]) i++;
    const f = Math.min(1, Math.max(0, (s - curve.knots[i]) / (curve.knots[i + 1] - curve.knots[i] || 1)));
    const names: JointName[] = [];
    const amounts: number[] = [];
    for (const [slice, share] of [
      [slices[curve.sources[i]], 1 - f],
      [slices[curve.sources[i + 1]], f],
    ] as const) {
      for (const c of slice.crossing) {
        names.push(...c.joints);
        amounts.push(...c.amounts.map((x) => (x * share) / slice.crossing.length));
      }
    }
    pushInfluences(names, amounts, joints, weights);
  }
  return { tube, skin: { joints, weights } };
}
