/**
 * Intervertebral discs: the annulus is lofted between the two endplates it joins (each ring follows the kidney
 * outline of its body, the caps follow the dished endplates) with a slight outward bulge; the nucleus is an
 * ellipsoid inside it. Both are skinned: weight runs from the vertebra below (bottom) to the one above (top),
 * so the disc wedges and shears with the joint at its centre.
 */
import { DISC_IDS } from '../../src/domain/anatomy/ids';
import type { DiscId } from '../../src/domain/anatomy/ids';
import { jointIndex } from '../../src/domain/skeleton/joints';
import type { JointName } from '../../src/domain/skeleton/joints';
import { LEVELS, S1_BODY } from './levels';
import type { LevelParams } from './levels';
import type { MeshPart } from './meshPart';
import type { Lod } from './place';
import { toWorld } from './place';
import { spineBind } from './rig';
import type { Placement } from './rig';
import { endplateY, outlineRadius } from './vertebraBody';

/** Outward bulge of the annulus at mid-height, mm (estimate: a small convexity, as on MRI). */
const BULGE = 1.2;
/** Nucleus size as fractions of the disc: length 64–72% of the disc's (medicine-2014-disc), height 8.6 of 13.8 mm at L4/5 (same source). */
const NUCLEUS = { length: 0.66, width: 0.6, height: 0.62, posteriorShift: 0.08 };

const RESOLUTION: Record<Lod, { around: number; rings: number; cap: number }> = {
  desktop: { around: 64, rings: 8, cap: 5 },
  phone: { around: 20, rings: 3, cap: 2 },
};

/** The five lumbar discs plus T12/L1, which has no id of its own and is shown as part of T12. */
export type SpineDisc = DiscId | 'T12-L1';

interface Endplate {
  p: LevelParams;
  at: Placement;
  side: 1 | -1;
  joint: JointName;
}

/** The two endplates of a disc: top of the vertebra below, bottom of the vertebra above. */
export function discEndplates(id: SpineDisc): { below: Endplate; above: Endplate } {
  const bind = spineBind();
  const [upper, lower] = id.split('-') as ['T12' | 'L1' | 'L2' | 'L3' | 'L4' | 'L5', string];
  const above: Endplate = { p: LEVELS[upper], at: bind.vertebrae[upper], side: -1, joint: upper };
  const below: Endplate =
    lower === 'S1'
      ? { p: S1_BODY, at: bind.sacrum, side: 1, joint: 'pelvis' }
      : { p: LEVELS[lower as 'L2'], at: bind.vertebrae[lower as 'L2'], side: 1, joint: lower as JointName };
  return { below, above };
}

/** A point on an endplate at angle φ (0 = anterior) and fraction f of the outline radius, in world metres. */
function endplatePoint(e: Endplate, phi: number, f: number, inset: number): [number, number, number] {
  const r = Math.max(0, outlineRadius(e.p, phi) - inset) * f;
  const x = Math.sin(phi) * r;
  const z = Math.cos(phi) * r;
  return toWorld(e.at, x, endplateY(e.p, e.side, x, z), z);
}

class Builder {
  positions: number[] = [];
  weights: number[] = [];
  indices: number[] = [];
  vertex(p: readonly number[], s: number): number {
    this.positions.push(p[0], p[1], p[2]);
    this.weights.push(s);
    return this.positions.length / 3 - 1;
  }
  quad(a: number, b: number, c: number, d: number) {
    this.indices.push(a, b, c, a, c, d);
  }
}

function lerp3(a: readonly number[], b: readonly number[], t: number): [number, number, number] {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Area-weighted vertex normals (the disc is smooth; caps get their own vertices so the rim stays crisp). */
function vertexNormals(pos: Float32Array, idx: Uint32Array): Float32Array {
  const n = new Float32Array(pos.length);
  for (let i = 0; i < idx.length; i += 3) {
    const [a, b, c] = [idx[i] * 3, idx[i + 1] * 3, idx[i + 2] * 3];
    const ux = pos[b] - pos[a],
      uy = pos[b + 1] - pos[a + 1],
      uz = pos[b + 2] - pos[a + 2];
    const vx = pos[c] - pos[a],
      vy = pos[c + 1] - pos[a + 1],
      vz = pos[c + 2] - pos[a + 2];
    const nx = uy * vz - uz * vy,
      ny = uz * vx - ux * vz,
      nz = ux * vy - uy * vx;
    for (const v of [a, b, c]) {
      n[v] += nx;
      n[v + 1] += ny;
      n[v + 2] += nz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i], n[i + 1], n[i + 2]) || 1;
    n[i] /= l;
    n[i + 1] /= l;
    n[i + 2] /= l;
  }
  return n;
}

function toPart(
  b: Builder,
  id: SpineDisc,
  name: string,
  material: 'cartilage' | 'nucleus',
  below: JointName,
  above: JointName,
  shade: number,
): MeshPart {
  const positions = new Float32Array(b.positions);
  const indices = new Uint32Array(b.indices);
  const count = b.weights.length;
  const joints = new Uint16Array(count * 4);
  const weights = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) {
    joints[i * 4] = jointIndex(below);
    joints[i * 4 + 1] = jointIndex(above);
    weights[i * 4] = 1 - b.weights[i];
    weights[i * 4 + 1] = b.weights[i];
  }
  const colors = new Float32Array(count * 3).fill(shade);
  return {
    name,
    tag: id === 'T12-L1' ? { id: 'T12', kind: 'bone', level: id } : { id, kind: 'disc', level: id },
    material,
    positions,
    normals: vertexNormals(positions, indices),
    indices,
    colors,
    binding: { kind: 'skinned', joints, weights },
  };
}

/** The annulus of one disc. */
function annulus(id: SpineDisc, lod: Lod): MeshPart {
  const { below, above } = discEndplates(id);
  const { around, rings, cap } = RESOLUTION[lod];
  const b = new Builder();
  const phis = Array.from({ length: around }, (_, j) => (2 * Math.PI * j) / around);
  const rim = phis.map((phi) => [endplatePoint(below, phi, 1, 0.6), endplatePoint(above, phi, 1, 0.6)] as const);
  // Side wall: rings from bottom (s = 0) to top (s = 1), bulging outwards in the middle.
  const side: number[][] = [];
  for (let i = 0; i <= rings; i++) {
    const s = i / rings;
    side.push(
      phis.map((_, j) => {
        const p = lerp3(rim[j][0], rim[j][1], s);
        const c = lerp3(toWorld(below.at, 0, 0, 0), toWorld(above.at, 0, 0, 0), s);
        const dx = p[0] - c[0];
        const dz = p[2] - c[2];
        const l = Math.hypot(dx, dz) || 1;
        const bulge = (BULGE * Math.sin(Math.PI * s)) / 1000;
        return b.vertex([p[0] + (dx / l) * bulge, p[1], p[2] + (dz / l) * bulge], s);
      }),
    );
  }
  for (let i = 0; i < rings; i++)
    for (let j = 0; j < around; j++) {
      const k = (j + 1) % around;
      b.quad(side[i][j], side[i][k], side[i + 1][k], side[i + 1][j]);
    }
  // Caps: concentric rings on each dished endplate, closed by a centre vertex.
  for (const [e, s] of [
    [below, 0],
    [above, 1],
  ] as const) {
    const ringsIdx: number[][] = [];
    for (let k = cap; k >= 1; k--) ringsIdx.push(phis.map((phi) => b.vertex(endplatePoint(e, phi, k / cap, 0.6), s)));
    const centre = b.vertex(endplatePoint(e, 0, 0, 0), s);
    for (let r = 0; r < ringsIdx.length; r++)
      for (let j = 0; j < around; j++) {
        const k = (j + 1) % around;
        const outer = ringsIdx[r];
        if (r === ringsIdx.length - 1) {
          if (s === 0) b.indices.push(outer[j], centre, outer[k]);
          else b.indices.push(outer[j], outer[k], centre);
        } else {
          const inner = ringsIdx[r + 1];
          if (s === 0) b.quad(outer[j], inner[j], inner[k], outer[k]);
          else b.quad(outer[j], outer[k], inner[k], inner[j]);
        }
      }
  }
  return toPart(b, id, id, 'cartilage', below.joint, above.joint, 1);
}

/** The nucleus: an ellipsoid at mid-disc, a little behind the centre. */
function nucleus(id: SpineDisc, lod: Lod): MeshPart {
  const { below, above } = discEndplates(id);
  const lat = lod === 'desktop' ? 12 : 6;
  const lon = lod === 'desktop' ? 24 : 12;
  const b = new Builder();
  const c0 = toWorld(below.at, 0, endplateY(below.p, 1, 0, 0), 0);
  const c1 = toWorld(above.at, 0, endplateY(above.p, -1, 0, 0), 0);
  const height = Math.hypot(c1[0] - c0[0], c1[1] - c0[1], c1[2] - c0[2]) * 1000;
  const depth = (below.p.bodyDepth + above.p.bodyDepth) / 2;
  const width = (below.p.bodyWidth + above.p.bodyWidth) / 2;
  const mid: Placement = { origin: lerp3(c0, c1, 0.5), tilt: (below.at.tilt + above.at.tilt) / 2 };
  const grid: number[][] = [];
  for (let i = 0; i <= lat; i++) {
    const v = (Math.PI * i) / lat;
    const y = (-Math.cos(v) * (NUCLEUS.height * height)) / 2;
    grid.push(
      Array.from({ length: lon }, (_, j) => {
        const u = (2 * Math.PI * j) / lon;
        const x = (Math.sin(v) * Math.sin(u) * (NUCLEUS.width * width)) / 2;
        const z = (Math.sin(v) * Math.cos(u) * (NUCLEUS.length * depth)) / 2 - NUCLEUS.posteriorShift * depth;
        return b.vertex(toWorld(mid, x, y, z), 0.5 + y / height);
      }),
    );
  }
  for (let i = 0; i < lat; i++)
    for (let j = 0; j < lon; j++) {
      const k = (j + 1) % lon;
      b.quad(grid[i][j], grid[i][k], grid[i + 1][k], grid[i + 1][j]);
    }
  return toPart(b, id, `${id}_nucleus`, 'nucleus', below.joint, above.joint, 1);
}

/** All five lumbar discs (annulus + nucleus) and the T12/L1 disc, at one level of detail. */
export function buildDiscs(lod: Lod): MeshPart[] {
  return [...DISC_IDS, 'T12-L1' as const].flatMap((id) => [annulus(id, lod), nucleus(id, lod)]);
}
