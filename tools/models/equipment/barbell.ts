/** The Olympic barbell with plates and clamp collars, and a single plate on its own. Axis X, centred. */
import { BARBELL, PLATE_INNER_FACE_X, WEIGHT_PLATE } from '../../../src/domain/equipment/dimensions';
import { MeshBuilder, alongX } from './meshBuilder';
import type { ProfilePoint, Rgb } from './meshBuilder';
import { PALETTE } from './palette';
import { v } from './shapes';

/**
 * Profile of a bumper plate (r, h along its axis), traced around its cross-section: the flat hub face, a
 * stepped rubber face, a rounded rim and the bore. ESTIMATE: hub 70 mm, face recessed 5 mm, as bumpers are.
 */
function plateProfile(): ProfilePoint[] {
  const R = WEIGHT_PLATE.diameter / 2;
  const T = WEIGHT_PLATE.thickness / 2;
  const hole = WEIGHT_PLATE.holeDiameter / 2;
  const hub = 0.07;
  const { steel, rubber } = PALETTE;
  return [
    { r: hole, h: -T, sharp: true, color: steel },
    { r: hub, h: -T, sharp: true, color: rubber },
    { r: hub + 0.006, h: -T + 0.005, sharp: true, color: rubber },
    { r: R - 0.025, h: -T + 0.005, sharp: true, color: rubber },
    { r: R - 0.017, h: -T, sharp: true, color: rubber },
    { r: R - 0.006, h: -T, color: rubber },
    { r: R, h: -T + 0.006, color: rubber },
    { r: R, h: T - 0.006, color: rubber },
    { r: R - 0.006, h: T, color: rubber },
    { r: R - 0.017, h: T, sharp: true, color: rubber },
    { r: R - 0.025, h: T - 0.005, sharp: true, color: rubber },
    { r: hub + 0.006, h: T - 0.005, sharp: true, color: rubber },
    { r: hub, h: T, sharp: true, color: steel },
    { r: hole, h: T, sharp: true, color: steel },
    { r: hole, h: -T, sharp: true },
  ];
}

/** Adds one plate centred at x on the X axis. */
function addPlate(m: MeshBuilder, x: number): void {
  m.lathe(plateProfile(), 40, PALETTE.rubber, alongX(v(x, 0, 0)));
}

/** A lathe part along X between x0 and x1 with bevelled ends. */
export function turned(
  m: MeshBuilder,
  x0: number,
  x1: number,
  r: number,
  bevel: number,
  segments: number,
  color: Rgb = PALETTE.steel,
): void {
  const profile: ProfilePoint[] =
    bevel > 0
      ? [
          { r: 0, h: x0 },
          { r: r - bevel, h: x0, sharp: true },
          { r, h: x0 + bevel, sharp: true },
          { r, h: x1 - bevel, sharp: true },
          { r: r - bevel, h: x1, sharp: true },
          { r: 0, h: x1 },
        ]
      : [
          { r: 0, h: x0 },
          { r, h: x0, sharp: true },
          { r, h: x1, sharp: true },
          { r: 0, h: x1 },
        ];
  m.lathe(profile, segments, color, alongX(v(0, 0, 0)));
}

/** The barbell node's mesh: bar, inner collars, sleeves, one plate and one clamp on each side. */
export function buildBarbell(): MeshBuilder {
  const m = new MeshBuilder();
  const b = BARBELL;
  const half = b.shaftLength / 2;
  turned(m, -half - 0.001, half + 0.001, b.shaftDiameter / 2, 0, 20);
  for (const s of [-1, 1]) {
    const collar0 = s * half;
    const collar1 = s * (half + b.innerCollarWidth);
    turned(m, Math.min(collar0, collar1), Math.max(collar0, collar1), b.innerCollarDiameter / 2, 0.004, 32);
    const sleeveEnd = s * (b.length / 2);
    turned(m, Math.min(collar1, sleeveEnd), Math.max(collar1, sleeveEnd), b.sleeveDiameter / 2, 0.003, 28);
    addPlate(m, s * (PLATE_INNER_FACE_X + b.plateThickness / 2));
    const c0 = s * (PLATE_INNER_FACE_X + b.plateThickness);
    const c1 = s * (PLATE_INNER_FACE_X + b.plateThickness + b.clampWidth);
    turned(m, Math.min(c0, c1), Math.max(c0, c1), b.clampDiameter / 2, 0.006, 28);
  }
  return m;
}

/** A single plate, centred, axis X. */
export function buildWeightPlate(): MeshBuilder {
  const m = new MeshBuilder();
  addPlate(m, 0);
  return m;
}
