/**
 * The left hip bone (the right one is its mirror) in the pelvis frame: world axes, origin at the pelvis joint
 * (midpoint of the hip joint centres), mm. Ilium as an outline plate with a thick crest; posterior ilium meeting
 * the sacral auricular surface (closed ring at the sacroiliac joint); acetabulum as a cup carved from a bony
 * mass; pubic and ischial rami as bars round the obturator foramen; pubic body meeting its partner at the
 * symphysis.
 *
 * Landmarks: hip joint centres from REST_POSITIONS (christophy-2012). Anterior iliac crest / ASIS, iliac crest,
 * posterior crest, PSIS region and pubic crest follow the Christophy 2012 pelvis attachment points of the
 * obliques, quadratus lumborum, longissimus and rectus abdominis (es-attachments.md, through the same rigid
 * shift as REST_POSITIONS). Everything else (ischium, rami, acetabulum size and opening, thicknesses) is an
 * ESTIMATE from the usual adult shape, kept consistent with those points.
 */
import { REST_POSITIONS } from '../../src/domain/skeleton/restPose';
import type { Paint } from './polygonise';
import { bar, bounded, constant, ellipsoid, noise3, smax, smin, taper } from './sdf';
import type { Sdf, Vec3 } from './sdf';
import { outlinePlate } from './outlinePlate';
import { CARTILAGE_TINT } from './vertebra';

const mm = (v: number) => v * 1000;
/** Hip joint centre (left) in the pelvis frame. */
export const HIP: Vec3 = [
  mm(REST_POSITIONS.thigh_left[0] - REST_POSITIONS.pelvis[0]),
  mm(REST_POSITIONS.thigh_left[1] - REST_POSITIONS.pelvis[1]),
  mm(REST_POSITIONS.thigh_left[2] - REST_POSITIONS.pelvis[2]),
];
/** Femoral head radius, mm (ESTIMATE: adult 22–25 mm); the socket leaves 1.5 mm for cartilage. */
export const FEMORAL_HEAD_RADIUS = 23;
const SOCKET_RADIUS = FEMORAL_HEAD_RADIUS + 1.5;
/** Acetabular opening: lateral, inferior and anterior (ESTIMATE: about 50° inclination, 20° anteversion). */
const CUP: Vec3 = norm([0.72, -0.55, 0.38]);

function norm(a: Vec3): Vec3 {
  const l = Math.hypot(a[0], a[1], a[2]);
  return [a[0] / l, a[1] / l, a[2] / l];
}
const at = (dx: number, dy: number, dz: number): Vec3 => [HIP[0] + dx, HIP[1] + dy, HIP[2] + dz];

/** Landmarks, mm, pelvis frame (left side). */
export const LANDMARKS = {
  asis: at(43, 72, 50),
  tubercle: at(60, 106, 22),
  crestTop: at(54, 127, -15),
  crestBack: at(22, 121, -50),
  psis: at(-25, 78, -80),
  piis: at(-24, 52, -72),
  notch: at(-10, 8, -46),
  acetabularBack: at(-2, 6, -20),
  acetabularFront: at(14, 10, 22),
  aiis: at(24, 38, 42),
  anteriorNotch: at(32, 55, 47),
  pubicTubercle: at(-55, -14, 40),
  ischialTuberosity: at(-20, -64, -26),
} as const;

/** The left hip bone's field. */
export function hipBoneSdf(): Sdf {
  const L = LANDMARKS;
  const wing = outlinePlate({
    outline: [
      L.asis,
      L.tubercle,
      L.crestTop,
      L.crestBack,
      L.psis,
      L.piis,
      L.notch,
      L.acetabularBack,
      L.acetabularFront,
      L.aiis,
      L.anteriorNotch,
    ],
    outward: [0.85, -0.1, -0.5],
    thin: 2.2,
    rim: 5.5,
    rimWidth: 12,
    bulge: 7,
    // Thicker towards the acetabulum (low v) where the ilium carries the body's weight.
    extra: (_u, v) => 5 * Math.max(0, Math.min(1, (-v + 5) / 40)),
  }).sdf;
  const wingB = bounded(wing, at(15, 60, -10), 115, 6);
  const posterior = bar(at(-19, 86, -62), at(-16, 40, -32), [1, 0, 0], taper(15, 11), taper(9, 8));
  const psisKnob = ellipsoid(L.psis[0] + 2, L.psis[1], L.psis[2] + 2, 8, 11, 8);
  const asisKnob = ellipsoid(L.asis[0], L.asis[1], L.asis[2], 6.5, 8, 8);
  const aiisKnob = ellipsoid(L.aiis[0], L.aiis[1], L.aiis[2], 5.5, 7, 5.5);
  const cupMass = ellipsoid(HIP[0] - 7, HIP[1] - 2, HIP[2] + 1, 25, 31, 30);
  const superiorRamus = bar(at(-8, 2, 20), [16, HIP[1] - 18, 40], [0, 1, 0], taper(9, 7.5), taper(7.5, 6.5));
  const pubicBody = bar([9, HIP[1] - 17, 40], [11, HIP[1] - 46, 28], [1, 0, 0], taper(9, 8), constant(7.5));
  const inferiorRamus = bar([13, HIP[1] - 46, 26], at(-22, -62, -16), [0, 0, 1], taper(7, 7.5), taper(4, 4.5));
  const ischium = bar(at(-4, -16, -12), at(-20, -58, -24), [1, 0, 0], taper(12, 10), taper(10, 9));
  const tuberosity = ellipsoid(L.ischialTuberosity[0], L.ischialTuberosity[1], L.ischialTuberosity[2], 10, 14, 11);
  const spine = bar(at(-18, -10, -40), at(-31, -18, -52), [0, 1, 0], taper(5, 1.8), taper(5, 1.8));
  // Pelvic brim (arcuate line to pecten pubis): the rounded ridge that closes the inlet.
  const brim1 = bar(at(-23, 60, -30), at(-10, 18, 8), [1, 0, 0], constant(4), constant(4.5));
  const brim2 = bar(at(-10, 18, 8), at(-47, -8, 36), [1, 0, 0], constant(4), constant(4.5));
  return (x, y, z) => {
    let d = wingB(x, y, z);
    d = smin(d, posterior(x, y, z), 6);
    d = smin(d, psisKnob(x, y, z), 4);
    d = smin(d, asisKnob(x, y, z), 4);
    d = smin(d, aiisKnob(x, y, z), 4);
    d = smin(d, brim1(x, y, z), 4);
    d = smin(d, brim2(x, y, z), 4);
    let cup = cupMass(x, y, z);
    cup = smin(cup, ischium(x, y, z), 6);
    cup = smin(cup, superiorRamus(x, y, z), 6);
    d = smin(d, cup, 6);
    d = smin(d, pubicBody(x, y, z), 5);
    d = smin(d, inferiorRamus(x, y, z), 4);
    d = smin(d, tuberosity(x, y, z), 6);
    d = smin(d, spine(x, y, z), 2.5);
    // Acetabulum: keep bone behind the rim plane, then hollow the socket and notch its inferior rim.
    const px = x - HIP[0];
    const py = y - HIP[1];
    const pz = z - HIP[2];
    const along = px * CUP[0] + py * CUP[1] + pz * CUP[2];
    d = smax(d, along - 5, 3);
    const socket = Math.sqrt(px * px + py * py + pz * pz) - SOCKET_RADIUS;
    d = smax(d, -socket, 1.5);
    const notch = ellipsoid(HIP[0] + 4, HIP[1] - 22, HIP[2] + 4, 9, 9, 9)(x, y, z);
    d = smax(d, -notch, 2);
    // The symphysis: the pubic body stops 1.5 mm short of the midline (the fibrocartilaginous disc between).
    d = smax(d, 1.5 - x, 1);
    return d + 0.06 * noise3(x, y, z, 2, 13) + 0.03 * noise3(x, y, z, 0.8, 17);
  };
}

/** Lunate (articular) surface of the acetabulum, the iliac auricular surface and the symphyseal face. */
export function hipBonePaint(): Paint {
  return (x, y, z) => {
    const px = x - HIP[0];
    const py = y - HIP[1];
    const pz = z - HIP[2];
    const r = Math.sqrt(px * px + py * py + pz * pz);
    const along = px * CUP[0] + py * CUP[1] + pz * CUP[2];
    if (r < SOCKET_RADIUS + 1.2 && along > -14) return CARTILAGE_TINT;
    if (x < 3.2 && y < HIP[1] - 12) return CARTILAGE_TINT;
    if (x < 52 && x > 40 && y > 45 && y < 100 && z > -70 && z < -25) return CARTILAGE_TINT;
    return null;
  };
}

/** Bounds of the left hip bone in the pelvis frame, mm. */
export const HIP_BOUNDS = {
  min: [0, HIP[1] - 90, HIP[2] - 100],
  max: [HIP[0] + 76, HIP[1] + 152, HIP[2] + 66],
} as const;
