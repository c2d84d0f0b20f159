/**
 * Cable column: base, column, a weight stack behind it, a high pulley at the front. The cable and the D-handle
 * are separate meshes (child nodes), so the runtime can move the handle with the hands and stretch the cable
 * from the pulley to it.
 */
import type { Vector3 } from 'three';
import { CABLE_STATION } from '../../../src/domain/equipment/dimensions';
import { MeshBuilder, alongX, placed } from './meshBuilder';
import type { Rgb } from './meshBuilder';
import { PALETTE } from './palette';
import { v, vec } from './shapes';

function box(m: MeshBuilder, centre: Vector3, half: Vector3, round: number, color: Rgb): void {
  m.roundedBox(half, round, color, placed(centre), 1);
}

/** The column and everything fixed to it. */
export function buildCableColumn(): MeshBuilder {
  const m = new MeshBuilder();
  const c = CABLE_STATION;
  const h = c.columnHeight;
  const s = c.columnSize / 2;
  box(m, v(0, 0.012, -0.16), v(0.36, 0.012, 0.42), 0.006, PALETTE.frame);
  box(m, v(0, h / 2, 0), v(s, h / 2, s), 0.006, PALETTE.frame);
  // Weight stack behind the column: guide rods, a stack of plates and a top beam back to the column.
  const stackZ = -0.27;
  for (const x of [-0.11, 0.11]) {
    const rod = new MeshBuilder();
    rod.cylinder(v(x, 0.02, stackZ), v(x, h - 0.08, stackZ), 0.01, 12, PALETTE.steel);
    m.append(rod);
  }
  for (let i = 0; i < 14; i++) box(m, v(0, 0.05 + i * 0.046, stackZ), v(0.15, 0.021, 0.085), 0.006, PALETTE.rubber);
  box(m, v(0, h - 0.04, stackZ / 2), v(0.17, 0.04, -stackZ / 2 + s), 0.006, PALETTE.frame);
  box(m, v(0, 0.04, stackZ), v(0.2, 0.04, 0.11), 0.006, PALETTE.frame);
  // Pulley carriage on the column's front and the wheel between two cheek plates.
  const pc = vec(c.pulleyCentre);
  box(m, v(0, pc.y + 0.02, s + 0.03), v(0.065, 0.09, 0.03), 0.006, PALETTE.frame);
  for (const x of [-0.017, 0.017])
    box(m, v(x, pc.y, (s + pc.z) / 2 + 0.015), v(0.004, 0.055, (pc.z - s) / 2 + 0.03), 0.003, PALETTE.frame);
  const r = c.pulleyDiameter / 2;
  const wheel = new MeshBuilder().lathe(
    [
      { r: 0, h: -0.012 },
      { r, h: -0.012, sharp: true },
      { r: r - 0.006, h: 0, sharp: true },
      { r, h: 0.012, sharp: true },
      { r: 0, h: 0.012 },
    ],
    32,
    PALETTE.plasticHook,
    alongX(v(0, 0, 0)),
  );
  m.append(wheel, placed(pc));
  return m;
}

/** The cable: 1 m long from the node origin along -Y (the runtime scales Y to the length and aims it). */
export function buildCable(): MeshBuilder {
  const m = new MeshBuilder();
  m.cylinder(v(0, 0, 0), v(0, -1, 0), CABLE_STATION.cableDiameter / 2, 8, PALETTE.steel);
  return m;
}

/** The D-handle: a rubber grip along X at the origin, a steel D-strap above it and a ring for the clip. */
export function buildCableHandle(): MeshBuilder {
  const m = new MeshBuilder();
  const c = CABLE_STATION;
  const g = c.handleGripLength / 2;
  m.cylinder(v(-g, 0, 0), v(g, 0, 0), c.handleGripDiameter / 2, 20, PALETTE.rubber);
  for (const x of [-g - 0.006, g + 0.006]) m.cylinder(v(x - 0.006, 0, 0), v(x + 0.006, 0, 0), 0.021, 20, PALETTE.steel);
  const top = c.handleClip[1] - 0.013;
  const strap: Vector3[] = [];
  for (let i = 0; i <= 16; i++) {
    const t = Math.PI - (i / 16) * Math.PI;
    strap.push(v((g + 0.006) * Math.cos(t), top * Math.sin(t), 0));
  }
  m.tube(strap, 0.006, 10, PALETTE.steel);
  const ring: Vector3[] = [];
  for (let i = 0; i <= 16; i++) {
    const t = (i / 16) * Math.PI * 2;
    ring.push(v(0, c.handleClip[1] + 0.012 * Math.sin(t), 0.012 * Math.cos(t)));
  }
  m.tube(ring, 0.003, 8, PALETTE.steel);
  return m;
}
