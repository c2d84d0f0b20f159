import type { Fascicle, PathPoint } from './attachmentTypes';
import { spineJointAt } from './spineLevels';
import { keepOutside } from './trunkWall';

/**
 * Adds via points between each pair of path points and lifts any that fall inside the trunk wall out to
 * `depth` below its surface (a negative depth lies on top of it). The new points are carried by the spinal
 * joint at their height, since the wall they rest on is the trunk's.
 */
export function routeOverTrunk(points: readonly PathPoint[], depth: number, viasPerSpan = 2): PathPoint[] {
  const routed: PathPoint[] = [points[0]];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1].position;
    const b = points[i].position;
    for (let k = 1; k <= viasPerSpan; k++) {
      const f = k / (viasPerSpan + 1);
      const p = keepOutside([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f], depth);
      routed.push({ joint: spineJointAt(p[1]), position: p });
    }
    routed.push(points[i]);
  }
  return routed;
}

/** A fascicle from a name and its path points. */
export function fascicle(name: string, ...points: PathPoint[]): Fascicle {
  return { name, points };
}
