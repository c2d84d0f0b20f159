/**
 * Sacrum and coccyx. Frame: the S1 body centre (spineBind().sacrum), y along the S1 axis, z anterior, mm.
 * The sacrum is a stack of slices along its anteriorly concave curve, each a rounded section that narrows from
 * the alae to the apex; the S1 body, the S1 superior articular processes, the canal, four pairs of foramina,
 * the median crest and the auricular surfaces (painted cartilage) are added to it.
 *
 * Dimensions (anatomy-data §1.2): sacral length ≈ 98–119 mm (Oman 98.0 ± 9.2 in women; Korean CT median 118.6,
 * uncertain) → 105 mm ESTIMATE between them; width 95–109 mm (Korean median 95.3; interauricular 108.7 in women)
 * → 100 mm; S1 ala depth 44.1 mm (Saluja 2018); S1 height 28 mm (Korean CT). Curve, crest and foramen sizes are
 * ESTIMATES from the usual adult shape.
 */
import { LEVELS, S1_BODY } from './levels';
import type { LevelParams } from './levels';
import type { Paint } from './polygonise';
import { bar, constant, ellipsoid, lerp, noise3, smax, smin, smoothstep, taper } from './sdf';
import type { Sdf } from './sdf';
import { CARTILAGE_TINT } from './vertebra';
import { archFrame, superiorArticular } from './vertebraArch';
import { bodySdf } from './vertebraBody';

/** Sacral length along its curve, mm (estimate between the two published values). */
export const SACRAL_LENGTH = 105;
/** Width across the alae, mm. */
export const SACRAL_WIDTH = 100;

/** Slice profile down the sacrum: y (mm), centre z, half-width, front and back offsets from the centre. */
const SLICES = [
  { y: 8, z: 0, half: 50, front: 16, back: 28 },
  { y: -14, z: -2, half: 49, front: 15, back: 27 },
  { y: -30, z: -5, half: 43, front: 12, back: 22 },
  { y: -52, z: -6, half: 33, front: 9, back: 17 },
  { y: -74, z: -3, half: 22, front: 7, back: 12 },
  { y: -92, z: 3, half: 14, front: 6, back: 9 },
  { y: -SACRAL_LENGTH + 4, z: 8, half: 9, front: 5, back: 7 },
];

/** Interpolates the slice table at height y (C1 via smoothstep between rows, so no shading seams). */
function slice(y: number) {
  const s = SLICES;
  if (y >= s[0].y) return s[0];
  for (let i = 0; i < s.length - 1; i++) {
    if (y >= s[i + 1].y) {
      const t = smoothstep(s[i].y, s[i + 1].y, y);
      return {
        y,
        z: lerp(s[i].z, s[i + 1].z, t),
        half: lerp(s[i].half, s[i + 1].half, t),
        front: lerp(s[i].front, s[i + 1].front, t),
        back: lerp(s[i].back, s[i + 1].back, t),
      };
    }
  }
  return s[s.length - 1];
}

/** Foramen levels (y, mm) and distance from the midline of the four pairs. */
const FORAMINA = [
  { y: -22, x: 21, r: 4.6 },
  { y: -42, x: 19, r: 4 },
  { y: -61, x: 16, r: 3.4 },
  { y: -78, x: 13, r: 2.8 },
];

/** The sacrum's field. */
export function sacrumSdf(): Sdf {
  const body = bodySdf(S1_BODY);
  const top = S1_BODY.heightAnterior / 2;
  // The S1 superior articular processes take the L5 facet geometry (they receive the L5 inferior processes).
  const s1: LevelParams = { ...S1_BODY, interfacetRatio: LEVELS.L5.interfacetRatio, facetAngle: LEVELS.L5.facetAngle };
  const sap = superiorArticular({ ...archFrame(s1), sapBottomY: 0, sapTopY: top + 9 });
  const crest = bar([0, -4, -30], [0, -78, -22], [0, 0, 1], taper(3.2, 2.2), taper(5, 3.5));
  const bottom = SLICES[SLICES.length - 1].y;
  return (x, y, z) => {
    const s = slice(y);
    const ax = Math.abs(x);
    // Alae: recessed behind the body in front and sloping down laterally on top.
    const front = s.z + s.front - 9 * smoothstep(16, 34, ax) * smoothstep(-30, 0, y);
    const back = s.z - s.back + 6 * smoothstep(20, 45, ax);
    const alaTop = top - 5 - 9 * smoothstep(22, 50, ax);
    let d = smax(smax(ax - s.half, z - front, 6), back - z, 6);
    d = smax(d, y - alaTop, 5);
    d = smax(d, bottom - y, 4);
    d = smin(d, body(x, y, z), 4);
    d = smin(d, sap(ax, y, z), 3);
    d = smin(d, crest(x, y, z), 3);
    // Canal: a flattened triangle behind the bodies, opening dorsally at the hiatus (S4–S5).
    const cz = s.z - s.back * 0.45 - (y < -72 ? (1 - smoothstep(-72, -62, y)) * 12 : 0);
    const cw = lerp(13, 5, smoothstep(0, -90, y));
    const canal = Math.max(Math.sqrt(x * x + ((z - cz) * (z - cz)) / 0.35) - cw, y - (top + 20), -92 - y);
    d = smax(d, -canal, 2);
    for (const f of FORAMINA) {
      const dy = y - f.y;
      const dx = ax - f.x;
      d = smax(d, -(Math.sqrt(dx * dx + dy * dy) - f.r), 1.5);
    }
    return d + 0.06 * noise3(x, y, z, 1.8, 3) + 0.03 * noise3(x, y, z, 0.7, 5);
  };
}

/** Auricular surfaces (the sacral side of the sacroiliac joints) and the S1 facets in cartilage colour. */
export function sacrumPaint(): Paint {
  return (x, y, z) => {
    const s = slice(y);
    const lateral = Math.abs(x) > s.half - 2.5;
    if (lateral && y < 4 && y > -48 && z < s.z + s.front - 4 && z > s.z - s.back + 6) return CARTILAGE_TINT;
    return null;
  };
}

/** The coccyx: four small segments continuing the sacral curve, each smaller than the one above (estimate). */
export function coccyxSdf(): Sdf {
  const tip = SLICES[SLICES.length - 1];
  const segs = [
    ellipsoid(0, tip.y - 7, tip.z + 1, 11, 6, 7),
    ellipsoid(0, tip.y - 17, tip.z + 4, 8, 5, 5.5),
    ellipsoid(0, tip.y - 25, tip.z + 7, 6, 4.2, 4.5),
    ellipsoid(0, tip.y - 32, tip.z + 10, 4, 3.5, 3.5),
  ];
  // Coccygeal cornua: two small horns reaching up towards the sacral hiatus.
  const cornua = bar([4, tip.y - 6, tip.z - 4], [4, tip.y - 1, tip.z - 6], [0, 0, 1], constant(1.8), constant(1.8));
  return (x, y, z) => {
    let d = segs[0](x, y, z);
    for (let i = 1; i < segs.length; i++) d = smin(d, segs[i](x, y, z), 2.5);
    d = smin(d, cornua(Math.abs(x), y, z), 1.5);
    return d + 0.05 * noise3(x, y, z, 1.5, 9);
  };
}

/** Bounds of the sacrum and coccyx in the sacral frame, mm. */
export const SACRUM_BOUNDS = {
  min: [-56, -SACRAL_LENGTH - 2, -42],
  max: [56, S1_BODY.heightAnterior / 2 + 13, 24],
} as const;
export const COCCYX_BOUNDS = { min: [-16, -SACRAL_LENGTH - 38, -8], max: [16, -SACRAL_LENGTH + 10, 26] } as const;
