/**
 * Proximal femur (left; the right is its mirror), in the thigh frame: world axes, origin at the hip joint centre,
 * mm. Head, neck, greater and lesser trochanters, intertrochanteric crest and the upper shaft, cut 23 cm below
 * the head. ESTIMATES from the usual adult shape: head radius 23 mm, neck-shaft angle about 125°, neck
 * anteversion about 12°, shaft radius 13 mm; the shaft heads towards the knee, which REST_POSITIONS puts directly
 * below the hip centre.
 */
import type { Paint } from './polygonise';
import { bar, ellipsoid, noise3, smax, smin, taper } from './sdf';
import type { Sdf } from './sdf';
import { FEMORAL_HEAD_RADIUS } from './pelvis';
import { CARTILAGE_TINT } from './vertebra';

/** Length of the modelled femur below the head centre, mm. */
export const FEMUR_CUT = 230;

/** The left proximal femur's field. */
export function femurSdf(): Sdf {
  const R = FEMORAL_HEAD_RADIUS;
  const head = (x: number, y: number, z: number) => Math.sqrt(x * x + y * y + z * z) - R;
  const neck = bar(
    [6, -4, 1],
    [40, -30, -7],
    [0, 1, 0],
    (t) => 12.5 + 4 * t * t,
    (t) => 15 + 5 * t * t,
  );
  const greater = ellipsoid(50, -20, -9, 11, 19, 15);
  const lesser = ellipsoid(16, -64, -13, 7, 9, 7);
  const crest = bar([52, -14, -18], [20, -62, -16], [0, 0, 1], taper(5, 4), taper(4, 3));
  const shaft = bar([40, -44, -4], [22, -FEMUR_CUT, 0], [0, 0, 1], taper(17, 13), taper(16, 13));
  const aspera = bar([28, -90, -13], [22, -FEMUR_CUT, -12], [0, 0, 1], taper(2, 3), taper(3, 3.5));
  return (x, y, z) => {
    let d = smin(head(x, y, z), neck(x, y, z), 4);
    d = smin(d, greater(x, y, z), 8);
    d = smin(d, shaft(x, y, z), 10);
    d = smin(d, crest(x, y, z), 4);
    d = smin(d, lesser(x, y, z), 4);
    d = smin(d, aspera(x, y, z), 3);
    // Fovea capitis: the small pit for the ligament of the head, facing medially.
    const fx = x + R;
    d = smax(d, -(Math.sqrt(fx * fx + (y + 4) * (y + 4) + z * z) - 4.5), 1.5);
    d = smax(d, -FEMUR_CUT - y, 2);
    return d + 0.05 * noise3(x, y, z, 2, 19);
  };
}

/** Articular cartilage on the femoral head. */
export function femurPaint(): Paint {
  return (x, y, z) => {
    const r = Math.sqrt(x * x + y * y + z * z);
    // The cartilage stops at the head–neck junction, on the lateral side of the head.
    return r < FEMORAL_HEAD_RADIUS + 1 && x < 10 ? CARTILAGE_TINT : null;
  };
}

export const FEMUR_BOUNDS = {
  min: [-FEMORAL_HEAD_RADIUS - 4, -FEMUR_CUT - 4, -32],
  max: [70, FEMORAL_HEAD_RADIUS + 4, 30],
} as const;
