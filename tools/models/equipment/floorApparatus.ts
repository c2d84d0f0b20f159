/** Plyo box, flat bench, mat and squat stands; each stands on the floor with its origin under its centre. */
import type { Vector3 } from 'three';
import { BENCH, MAT, PLYO_BOX, SQUAT_RACK } from '../../../src/domain/equipment/dimensions';
import { MeshBuilder, placed } from './meshBuilder';
import type { Rgb } from './meshBuilder';
import { PALETTE } from './palette';
import { v } from './shapes';

function box(m: MeshBuilder, centre: Vector3, half: Vector3, round: number, color: Rgb, steps = 1): void {
  m.roundedBox(half, round, color, placed(centre), steps);
}

/** A wooden plyo box with eased edges. */
export function buildPlyoBox(): MeshBuilder {
  const m = new MeshBuilder();
  const b = PLYO_BOX;
  box(m, v(0, b.height / 2, 0), v(b.width / 2, b.height / 2, b.depth / 2), 0.012, PALETTE.wood, 3);
  return m;
}

/** Flat bench: upholstered pad on a board, a spine beam and two T-shaped legs. */
export function buildBench(): MeshBuilder {
  const m = new MeshBuilder();
  const b = BENCH;
  const padCentre = b.height - b.padThickness / 2;
  box(m, v(0, padCentre, 0), v(b.padWidth / 2, b.padThickness / 2, b.padLength / 2), 0.022, PALETTE.upholstery, 3);
  box(
    m,
    v(0, b.height - b.padThickness - 0.009, 0),
    v(b.padWidth / 2 - 0.015, 0.009, b.padLength / 2 - 0.02),
    0.003,
    PALETTE.frame,
  );
  const beamY = b.height - b.padThickness - 0.018 - 0.03;
  box(m, v(0, beamY, 0), v(0.03, 0.03, b.padLength / 2 - 0.1), 0.004, PALETTE.frame);
  for (const z of [-0.45, 0.45]) {
    box(m, v(0, (beamY + 0.05) / 2, z), v(0.03, (beamY - 0.05) / 2 + 0.03, 0.03), 0.004, PALETTE.frame);
    box(m, v(0, 0.025, z), v(0.21, 0.025, 0.035), 0.006, PALETTE.frame);
    for (const x of [-0.19, 0.19]) box(m, v(x, 0.006, z), v(0.025, 0.006, 0.04), 0.004, PALETTE.rubber);
  }
  return m;
}

/** Exercise mat. */
export function buildMat(): MeshBuilder {
  const m = new MeshBuilder();
  box(m, v(0, MAT.thickness / 2, 0), v(MAT.width / 2, MAT.thickness / 2, MAT.length / 2), 0.005, PALETTE.mat, 1);
  return m;
}

/** Squat stands: two uprights on long feet joined at the back, each with a J-hook at the bar height. */
export function buildSquatRack(): MeshBuilder {
  const m = new MeshBuilder();
  const r = SQUAT_RACK;
  const u = r.uprightSize / 2;
  for (const s of [-1, 1]) {
    const x = (s * r.uprightSpacing) / 2;
    box(m, v(x, r.uprightHeight / 2, 0), v(u, r.uprightHeight / 2, u), 0.005, PALETTE.frame);
    box(m, v(x, 0.025, 0), v(u + 0.005, 0.025, r.footLength / 2), 0.006, PALETTE.frame);
    // J-hook: a sleeve round the upright, an arm forward under the bar and a lip in front of it.
    const bar = r.jHookBarHeight;
    box(m, v(x, bar + 0.02, 0), v(u + 0.008, 0.07, u + 0.008), 0.004, PALETTE.frame);
    box(m, v(x, bar - 0.026, u + 0.04), v(0.02, 0.012, 0.048), 0.004, PALETTE.plasticHook);
    box(m, v(x, bar - 0.002, u + 0.082), v(0.02, 0.035, 0.008), 0.004, PALETTE.plasticHook);
  }
  box(m, v(0, 0.025, -r.footLength / 2 + 0.04), v(r.uprightSpacing / 2, 0.025, 0.03), 0.005, PALETTE.frame);
  return m;
}
