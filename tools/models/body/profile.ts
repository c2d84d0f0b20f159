/** Radius profiles through knots, eased with smoothstep so the surface stays C1 (gradient normals show kinks). */
import type { Profile } from '../sdf';

/** A profile through `[t, radius]` knots sorted by t in [0, 1]; flat beyond the end knots. */
export function profile(knots: readonly (readonly [number, number])[]): Profile {
  const last = knots.length - 1;
  return (t) => {
    if (t <= knots[0][0]) return knots[0][1];
    if (t >= knots[last][0]) return knots[last][1];
    let i = 0;
    while (i < last - 1 && t > knots[i + 1][0]) i++;
    const [t0, r0] = knots[i];
    const [t1, r1] = knots[i + 1];
    const u = (t - t0) / (t1 - t0);
    return r0 + (r1 - r0) * u * u * (3 - 2 * u);
  };
}
