/**
 * The abdominal wall: rectus abdominis as a strap with its tendinous intersections, the obliques and transversus
 * as sheets of strips. Sheet thicknesses follow the ultrasound figures (ultrasound-thickness): rectus 1.17 cm,
 * external oblique 0.88 cm, internal oblique 1.10 cm, transversus 0.35 cm.
 */
import { muscleAttachments } from '../../../src/domain/anatomy/attachments';
import type { MuscleId, Side } from '../../../src/domain/anatomy/ids';
import type { MeshPart } from '../meshPart';
import { boundFascicles, tintOf, tubesOf } from './common';
import { flatMuscle } from './flat';
import type { FlatLook } from './flat';
import type { MuscleContext } from './context';
import { sidesFor } from './context';
import { musclePart } from './part';
import { trunkOutward } from './surfaces';

function rectusAbdominis(ctx: MuscleContext, side: Side): MeshPart {
  const fascicles = boundFascicles(muscleAttachments('rectus-abdominis', side));
  // Estimate: the strap widens from about 2 cm at the pubic crest to about 6.5 cm at the costal margin.
  const halfWidth = (u: number) => 0.009 + 0.023 * Math.pow(u, 0.8);
  const tubes = tubesOf(fascicles, (f) => ({
    sides: sidesFor(ctx, 14),
    ringSpacing: ctx.lod === 'desktop' ? 0.005 : 0.012,
    halfWidth,
    // Half of the 1.17 cm ultrasound thickness, thinning towards the ends.
    halfThickness: (u: number) => 0.00585 * (0.55 + 0.45 * Math.sin(Math.PI * Math.min(1, u * 1.2))),
    outward: trunkOutward,
    tendon: [0.05, 0.02],
    // Estimate: intersections at the umbilicus, at the xiphoid and half-way between (fractions of the length).
    bands: [0.52, 0.7, 0.87],
    tint: tintOf(f.fascicle.name),
  }));
  return musclePart('rectus-abdominis', side, tubes);
}

// Thickness is half the ultrasound figure; the sheets reach a little past their outer fascicles.
const SHEETS: Record<'external-oblique' | 'internal-oblique' | 'transversus-abdominis', FlatLook> = {
  // External oblique runs from its fleshy rib digitations to the aponeurosis and the iliac crest.
  'external-oblique': { halfThickness: 0.0044, edge: 0.25, tendon: [0.03, 0.3], shade: 1.02 },
  // Internal oblique runs from the linea alba aponeurosis and lower ribs to its fleshy iliac origin.
  'internal-oblique': { halfThickness: 0.0055, edge: 0.25, tendon: [0.16, 0.05], shade: 0.93 },
  'transversus-abdominis': { halfThickness: 0.00175, edge: 0.25, tendon: [0.12, 0.32], shade: 0.88 },
};

function sheet(ctx: MuscleContext, id: keyof typeof SHEETS, side: Side): MeshPart {
  return flatMuscle(ctx, id, side, SHEETS[id], trunkOutward);
}

const WALL: readonly MuscleId[] = ['rectus-abdominis', 'external-oblique', 'internal-oblique', 'transversus-abdominis'];

/** The abdominal wall, both sides. */
export function buildAbdominals(ctx: MuscleContext): MeshPart[] {
  return (['left', 'right'] as const).flatMap((side) =>
    WALL.map((id) =>
      id === 'rectus-abdominis' ? rectusAbdominis(ctx, side) : sheet(ctx, id as keyof typeof SHEETS, side),
    ),
  );
}
