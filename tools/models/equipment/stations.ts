/**
 * The 45° back-extension station and the glute-ham developer. Their pads, plates and rollers are placed from
 * the anchor points in dimensions.ts (set for the 1.75 m figure); the frames only have to hold them up.
 */
import { Vector3 } from 'three';
import { BACK_EXTENSION_STATION, GLUTE_HAM_DEVELOPER } from '../../../src/domain/equipment/dimensions';
import { MeshBuilder, placed } from './meshBuilder';
import type { Rgb } from './meshBuilder';
import { turned } from './barbell';
import { PALETTE } from './palette';
import { frame, v, vec } from './shapes';

function box(m: MeshBuilder, centre: Vector3, half: Vector3, round: number, color: Rgb, steps = 1): void {
  m.roundedBox(half, round, color, placed(centre), steps);
}

/** A square tube from a to b (any direction), `size` across. */
function beam(m: MeshBuilder, a: Vector3, b: Vector3, size: number, color: Rgb = PALETTE.frame): void {
  const y = new Vector3().subVectors(b, a);
  const len = y.length();
  y.normalize();
  const x = Math.abs(y.x) > 0.9 ? v(0, 0, 1) : v(1, 0, 0);
  const z = new Vector3().crossVectors(x, y).normalize();
  x.crossVectors(y, z).normalize();
  const centre = a.clone().add(b).multiplyScalar(0.5);
  m.roundedBox(v(size / 2, len / 2, size / 2), 0.004, color, frame(x, y, z, centre), 1);
}

/** A pair of foam rollers on a steel shaft along X, centred on a point. */
function rollers(m: MeshBuilder, centre: Vector3, diameter: number, inner: number, outer: number): void {
  const part = new MeshBuilder();
  turned(part, -outer - 0.01, outer + 0.01, 0.012, 0.002, 14, PALETTE.steel);
  turned(part, -outer, -inner, diameter / 2, 0.012, 28, PALETTE.foam);
  turned(part, inner, outer, diameter / 2, 0.012, 28, PALETTE.foam);
  m.append(part, placed(centre));
}

/** 45° back-extension station: foot plate, ankle rollers, thigh pad, on a floor frame. */
export function buildBackExtensionStation(): MeshBuilder {
  const m = new MeshBuilder();
  const s = BACK_EXTENSION_STATION;
  const X = v(1, 0, 0);
  const up = vec(s.legDirection);
  const front = vec(s.padNormal);
  const ankle = vec(s.ankle);
  // Foot plate: its top surface is the sole plane (normal along the legs).
  const plateCentre = vec(s.footPlateCentre).addScaledVector(up, -0.009);
  m.roundedBox(
    v(s.footPlateSize[0] / 2, 0.009, s.footPlateSize[1] / 2),
    0.004,
    PALETTE.rubber,
    frame(X, up, front, plateCentre),
    2,
  );
  // Ankle rollers behind the lower legs, on an arm that runs up behind the heels.
  const roller = vec(s.ankleRollerCentre);
  rollers(m, roller, s.ankleRollerDiameter, 0.02, 0.2);
  const behindHeel = ankle.clone().addScaledVector(up, -0.1).addScaledVector(front, -0.11);
  beam(m, behindHeel, roller.clone().addScaledVector(up, 0.02), 0.04);
  beam(m, behindHeel, vec(s.footPlateCentre).addScaledVector(up, -0.02).addScaledVector(front, -0.12), 0.04);
  // Thigh pad: top edge at padTopEdge, lying along the legs, its face towards the thighs.
  const [pw, pl, pt] = s.padSize;
  const padCentre = vec(s.padTopEdge)
    .addScaledVector(up, -pl / 2)
    .addScaledVector(front, pt / 2);
  m.roundedBox(v(pw / 2, pl / 2, pt / 2), 0.028, PALETTE.upholstery, frame(X, up, front, padCentre), 3);
  const board = padCentre.clone().addScaledVector(front, pt / 2 + 0.008);
  m.roundedBox(v(pw / 2 - 0.02, pl / 2 - 0.02, 0.008), 0.003, PALETTE.frame, frame(X, up, front, board), 1);
  // Frame: a floor rail with cross feet, a post to the pad and a post to the foot assembly.
  const padPostTop = board.clone().addScaledVector(front, 0.01);
  const footPostTop = behindHeel.clone();
  const z0 = footPostTop.z - 0.12;
  const z1 = padPostTop.z + 0.25;
  box(m, v(0, 0.04, (z0 + z1) / 2), v(0.04, 0.04, (z1 - z0) / 2), 0.005, PALETTE.frame);
  for (const z of [z0 + 0.04, z1 - 0.04]) box(m, v(0, 0.03, z), v(0.34, 0.03, 0.04), 0.006, PALETTE.frame);
  beam(m, v(0, 0.07, padPostTop.z), padPostTop, 0.07);
  beam(m, v(0, 0.07, footPostTop.z), footPostTop, 0.06);
  return m;
}

/** Glute-ham developer: a rounded thigh pad, ankle rollers above and below the lower legs, a foot plate. */
export function buildGluteHamDeveloper(): MeshBuilder {
  const m = new MeshBuilder();
  const g = GLUTE_HAM_DEVELOPER;
  const padTop = vec(g.padTop);
  const padAxis = padTop.clone().add(v(0, -g.padRadius, 0));
  // The hump: a padded cylinder across the machine, with rounded ends.
  const w = g.padWidth / 2;
  const r = g.padRadius;
  m.lathe(
    [
      { r: 0, h: -w },
      { r: r - 0.03, h: -w },
      { r: r - 0.009, h: -w + 0.009 },
      { r, h: -w + 0.03 },
      { r, h: w - 0.03 },
      { r: r - 0.009, h: w - 0.009 },
      { r: r - 0.03, h: w },
      { r: 0, h: w },
    ],
    40,
    PALETTE.upholstery,
    frame(v(0, -1, 0), v(1, 0, 0), v(0, 0, 1), padAxis),
  );
  box(m, padAxis.clone().add(v(0, -r - 0.02, 0)), v(w - 0.03, 0.02, 0.07), 0.005, PALETTE.frame);
  const upper = vec(g.upperRollerCentre);
  const lower = vec(g.lowerRollerCentre);
  rollers(m, upper, g.rollerDiameter, 0.02, 0.17);
  rollers(m, lower, g.rollerDiameter, 0.02, 0.17);
  // Foot plate: vertical, its face at footPlateZ, spanning from under the toes to above the heels.
  const ankle = vec(g.ankle);
  m.roundedBox(v(0.2, 0.17, 0.009), 0.004, PALETTE.rubber, placed(v(0, ankle.y - 0.08, g.footPlateZ - 0.009)), 1);
  // Frame.
  const rearZ = g.footPlateZ - 0.06;
  const frontZ = padAxis.z;
  box(m, v(0, 0.04, (rearZ + frontZ) / 2 - 0.05), v(0.04, 0.04, (frontZ - rearZ) / 2 + 0.25), 0.005, PALETTE.frame);
  for (const z of [rearZ - 0.18, frontZ + 0.15]) box(m, v(0, 0.03, z), v(0.38, 0.03, 0.04), 0.006, PALETTE.frame);
  beam(m, v(0, 0.07, frontZ), v(0, padAxis.y - r - 0.04, frontZ), 0.08);
  beam(m, v(0, 0.07, rearZ), v(0, upper.y + 0.06, rearZ), 0.07);
  for (const c of [upper, lower]) beam(m, v(0, c.y, rearZ), v(0, c.y, c.z), 0.04);
  beam(m, v(0, 0.3, rearZ), v(0, padAxis.y - r - 0.1, frontZ), 0.05);
  return m;
}
