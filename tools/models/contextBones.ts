/** Sacrum, coccyx, hip bones, proximal femurs and the floating ribs as rigid parts, at both levels of detail. */
import { REST_POSITIONS } from '../../src/domain/skeleton/restPose';
import type { MeshPart } from './meshPart';
import { polygonise } from './polygonise';
import type { LocalMesh, LodTarget } from './polygonise';
import { placePart } from './place';
import type { Lod } from './place';
import { spineBind } from './rig';
import type { Placement } from './rig';
import { COCCYX_BOUNDS, SACRUM_BOUNDS, coccyxSdf, sacrumPaint, sacrumSdf } from './sacrum';
import { HIP_BOUNDS, hipBoneSdf, hipBonePaint } from './pelvis';
import { FEMUR_BOUNDS, femurPaint, femurSdf } from './femur';
import { RIB_PATHS, ribBounds, ribSdf } from './ribs';
import type { Side } from '../../src/domain/anatomy/ids';

type Targets = Record<Lod, LodTarget>;
// Triangle budgets: the sacrum and hip bones are context, so they get fewer triangles than their size suggests.
const SACRUM_TARGETS: Targets = {
  desktop: { triangles: 10000, maxError: 0.35 },
  phone: { triangles: 900, maxError: 1.8 },
};
const COCCYX_TARGETS: Targets = {
  desktop: { triangles: 1200, maxError: 0.2 },
  phone: { triangles: 160, maxError: 1 },
};
const HIP_TARGETS: Targets = { desktop: { triangles: 9000, maxError: 0.5 }, phone: { triangles: 900, maxError: 2.5 } };
const FEMUR_TARGETS: Targets = {
  desktop: { triangles: 4500, maxError: 0.4 },
  phone: { triangles: 420, maxError: 2.4 },
};
const RIB_TARGETS: Targets = { desktop: { triangles: 1400, maxError: 0.25 }, phone: { triangles: 180, maxError: 1.3 } };

/** Mirrors a mesh across x = 0 (flipping the winding so it still faces outwards). */
export function mirrorMesh(m: LocalMesh): LocalMesh {
  const positions = m.positions.slice();
  const normals = m.normals.slice();
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i];
    normals[i] = -normals[i];
  }
  const indices = m.indices.slice();
  for (let i = 0; i < indices.length; i += 3) [indices[i + 1], indices[i + 2]] = [indices[i + 2], indices[i + 1]];
  return { ...m, positions, normals, indices };
}

/** The pelvis frame: world axes at the pelvis joint. */
export function pelvisFrame(): Placement {
  return { origin: REST_POSITIONS.pelvis, tilt: 0 };
}

/** Sacrum, coccyx, left and right hip bones. */
export async function buildPelvis(): Promise<Record<Lod, MeshPart[]>> {
  const sacrumAt = spineBind().sacrum;
  const binding = { kind: 'rigid', joint: 'pelvis' } as const;
  const [sd, sp] = await polygonise('sacrum', sacrumSdf(), {
    ...SACRUM_BOUNDS,
    edge: 0.9,
    targets: [SACRUM_TARGETS.desktop, SACRUM_TARGETS.phone],
    paint: sacrumPaint(),
  });
  const [cd, cp] = await polygonise('coccyx', coccyxSdf(), {
    ...COCCYX_BOUNDS,
    edge: 0.6,
    targets: [COCCYX_TARGETS.desktop, COCCYX_TARGETS.phone],
  });
  const [hd, hp] = await polygonise('hip-bone', hipBoneSdf(), {
    ...HIP_BOUNDS,
    edge: 1.3,
    targets: [HIP_TARGETS.desktop, HIP_TARGETS.phone],
    paint: hipBonePaint(),
  });
  const frame = pelvisFrame();
  const parts = (s: LocalMesh, c: LocalMesh, h: LocalMesh): MeshPart[] => [
    placePart(s, sacrumAt, { id: 'sacrum', kind: 'bone' }, 'bone', binding),
    placePart(c, sacrumAt, { id: 'coccyx', kind: 'bone' }, 'bone', binding),
    placePart(h, frame, { id: 'hip-bone', kind: 'bone', side: 'left' }, 'bone', binding),
    placePart(mirrorMesh(h), frame, { id: 'hip-bone', kind: 'bone', side: 'right' }, 'bone', binding),
  ];
  return { desktop: parts(sd, cd, hd), phone: parts(sp, cp, hp) };
}

const SIDES: Side[] = ['left', 'right'];

/** Left and right proximal femurs, rigid to their thigh joints. */
export async function buildFemurs(): Promise<Record<Lod, MeshPart[]>> {
  const lods = await polygonise('femur', femurSdf(), {
    ...FEMUR_BOUNDS,
    edge: 1.2,
    targets: [FEMUR_TARGETS.desktop, FEMUR_TARGETS.phone],
    paint: femurPaint(),
  });
  const make = (m: LocalMesh) =>
    SIDES.map((side) => {
      const joint = side === 'left' ? 'thigh_left' : 'thigh_right';
      return placePart(
        side === 'left' ? m : mirrorMesh(m),
        { origin: REST_POSITIONS[joint], tilt: 0 },
        { id: 'femur', kind: 'bone', side },
        'bone',
        {
          kind: 'rigid',
          joint,
        },
      );
    });
  return { desktop: make(lods[0]), phone: make(lods[1]) };
}

/** Ribs 11 and 12 of both sides, rigid to the T12 joint, placed in the T12 vertebra frame. */
export async function buildRibs(): Promise<Record<Lod, MeshPart[]>> {
  const at = spineBind().vertebrae.T12;
  const out: Record<Lod, MeshPart[]> = { desktop: [], phone: [] };
  for (const id of ['rib-11', 'rib-12'] as const) {
    const path = RIB_PATHS[id];
    const [d, p] = await polygonise(id, ribSdf(path), {
      ...ribBounds(path),
      edge: 1,
      targets: [RIB_TARGETS.desktop, RIB_TARGETS.phone],
    });
    for (const side of SIDES) {
      const tag = { id, kind: 'bone', side } as const;
      const binding = { kind: 'rigid', joint: 'T12' } as const;
      out.desktop.push(placePart(side === 'left' ? d : mirrorMesh(d), at, tag, 'bone', binding));
      out.phone.push(placePart(side === 'left' ? p : mirrorMesh(p), at, tag, 'bone', binding));
    }
  }
  return out;
}
