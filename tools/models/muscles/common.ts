import type { Fascicle, MuscleAttachments, PathPoint } from '../../../src/domain/anatomy/attachments';
import type { FascicleCurve } from './curve';
import type { TubeStyle } from './loft';
import { pathCurve, skinnedTube } from './tubes';
import type { SkinnedTube } from './tubes';

/** A fascicle in the bind pose, with its curve. */
export interface BoundFascicle {
  fascicle: Fascicle;
  points: PathPoint[];
  curve: FascicleCurve;
}

/** Deterministic brightness in [0.9, 1.08] from a name, so neighbouring fascicles read apart. */
export function tintOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return 0.9 + (((h >>> 0) % 1000) / 1000) * 0.18;
}

/** The muscle's fascicles in the bind pose; exact duplicates (the model repeats a few) are drawn once. */
export function boundFascicles(m: MuscleAttachments): BoundFascicle[] {
  const seen = new Set<string>();
  const out: BoundFascicle[] = [];
  for (const fascicle of m.fascicles) {
    const key = fascicle.points.map((p) => p.position.map((v) => v.toFixed(4)).join(',')).join(';');
    if (seen.has(key)) continue;
    seen.add(key);
    const points = [...fascicle.points];
    out.push({ fascicle, points, curve: pathCurve(points) });
  }
  return out;
}

/** Lofts every bound fascicle with the style the callback gives it. */
export function tubesOf(
  fascicles: readonly BoundFascicle[],
  style: (f: BoundFascicle, index: number) => TubeStyle,
): SkinnedTube[] {
  return fascicles.map((f, i) => skinnedTube(f.points, style(f, i), f.curve));
}

/** Orders fascicles by the names given; any others follow in their own order. */
export function inOrder(fascicles: readonly BoundFascicle[], names: readonly string[]): BoundFascicle[] {
  const rank = (f: BoundFascicle) => {
    const i = names.indexOf(f.fascicle.name);
    return i < 0 ? names.length : i;
  };
  return [...fascicles].sort((a, b) => rank(a) - rank(b));
}
