/** Dumbbell, kettlebell and medicine ball, each centred on its grip (see dimensions.ts for the frames). */
import { Matrix4 } from 'three';
import { DUMBBELL, KETTLEBELL, MEDICINE_BALL } from '../../../src/domain/equipment/dimensions';
import { MeshBuilder, alongX } from './meshBuilder';
import type { ProfilePoint } from './meshBuilder';
import { PALETTE } from './palette';
import { turned } from './barbell';
import { v } from './shapes';

/** Hex dumbbell: steel handle, two collars, rubber hex heads with a flat face down. */
export function buildDumbbell(): MeshBuilder {
  const m = new MeshBuilder();
  const d = DUMBBELL;
  const h = d.handleLength / 2;
  turned(m, -h - 0.001, h + 0.001, d.handleDiameter / 2, 0, 20);
  const collar = 0.008;
  const R = d.headAcrossFlats / Math.sqrt(3);
  for (const s of [-1, 1]) {
    const c0 = s * h;
    const c1 = s * (h + collar);
    turned(m, Math.min(c0, c1), Math.max(c0, c1), 0.024, 0.002, 24);
    const x0 = Math.min(c1, s * (h + collar + d.headLength));
    const x1 = Math.max(c1, s * (h + collar + d.headLength));
    const bevel = 0.008;
    const head: ProfilePoint[] = [
      { r: 0, h: x0 },
      { r: R - bevel, h: x0, sharp: true },
      { r: R, h: x0 + bevel, sharp: true },
      { r: R, h: x1 - bevel, sharp: true },
      { r: R - bevel, h: x1, sharp: true },
      { r: 0, h: x1 },
    ];
    // Six facets; the phase puts a flat face straight down so the dumbbell rests on the floor.
    m.lathe(head, 6, PALETTE.rubber, alongX(v(0, 0, 0)), true, -Math.PI / 6);
  }
  return m;
}

/** Competition kettlebell: a ball with a flat base and a round handle bent into horns; grip at the origin. */
export function buildKettlebell(): MeshBuilder {
  const m = new MeshBuilder();
  const k = KETTLEBELL;
  const R = k.bellDiameter / 2;
  const rh = k.handleDiameter / 2;
  const base = -(k.height - rh);
  const centre = -k.bellCentreBelowGrip;
  // The bell: a sphere cut flat (a 120 mm circle) so it stands steady.
  const profile: ProfilePoint[] = [{ r: 0, h: base }];
  const flatR = Math.sqrt(R * R - (centre - base) ** 2);
  profile.push({ r: flatR - 0.004, h: base, sharp: true });
  const start = Math.asin((base - centre) / R);
  const steps = 20;
  for (let i = 0; i <= steps; i++) {
    const a = start + ((Math.PI / 2 - start) * i) / steps;
    const r = R * Math.cos(a);
    profile.push({ r: i === steps ? 0 : r, h: centre + R * Math.sin(a) });
  }
  m.lathe(profile, 40, PALETTE.rubber, new Matrix4());
  // The handle: horns rising out of the bell's shoulders, rounded corners, a straight grip on top at y = 0.
  const w = k.handleWidth / 2;
  const corner = 0.035;
  const path = [v(-w + 0.02, centre + 0.055, 0), v(-w + 0.004, -0.075, 0), v(-w, -corner, 0)];
  for (let i = 1; i < 8; i++) {
    const a = Math.PI - (i / 8) * (Math.PI / 2);
    path.push(v(-w + corner + corner * Math.cos(a), -corner + corner * Math.sin(a), 0));
  }
  path.push(v(-w + corner, 0, 0), v(w - corner, 0, 0));
  for (let i = 1; i < 8; i++) {
    const a = Math.PI / 2 - (i / 8) * (Math.PI / 2);
    path.push(v(w - corner + corner * Math.cos(a), -corner + corner * Math.sin(a), 0));
  }
  path.push(v(w, -corner, 0), v(w - 0.004, -0.075, 0), v(w - 0.02, centre + 0.055, 0));
  m.tube(path, rh, 20, PALETTE.rubber);
  return m;
}

/** Medicine ball with a coloured band round its middle. */
export function buildMedicineBall(): MeshBuilder {
  const m = new MeshBuilder();
  const r = MEDICINE_BALL.diameter / 2;
  m.sphere(v(0, 0, 0), r, 36, 22, PALETTE.rubber, (h) => (Math.abs(h) < 0.3 * r ? PALETTE.ballBand : PALETTE.rubber));
  return m;
}
