/** Moves a generator-frame mesh (mm) into world space (metres) and wraps it as a MeshPart. */
import type { StructureTag } from '../../src/domain/anatomy/ids';
import { nodeName } from '../../src/domain/anatomy/ids';
import type { MeshPart, PartMaterial } from './meshPart';
import type { LocalMesh } from './polygonise';
import type { Placement } from './rig';

/** The two levels of detail every builder produces. */
export type Lod = 'desktop' | 'phone';
export const LODS: readonly Lod[] = ['desktop', 'phone'];

/** Local (mm) → world (m): rotate by the sagittal tilt about +x (top towards anterior), then translate. */
export function toWorld(at: Placement, x: number, y: number, z: number): [number, number, number] {
  const c = Math.cos(at.tilt);
  const s = Math.sin(at.tilt);
  return [at.origin[0] + x / 1000, at.origin[1] + (y * c - z * s) / 1000, at.origin[2] + (y * s + z * c) / 1000];
}

/** World (m) → local (mm), the inverse of toWorld; tests measure bones in their own frame with it. */
export function toLocal(at: Placement, x: number, y: number, z: number): [number, number, number] {
  const c = Math.cos(at.tilt);
  const s = Math.sin(at.tilt);
  const dx = (x - at.origin[0]) * 1000;
  const dy = (y - at.origin[1]) * 1000;
  const dz = (z - at.origin[2]) * 1000;
  return [dx, dy * c + dz * s, -dy * s + dz * c];
}

/** Places a local mesh and tags it. */
export function placePart(
  m: LocalMesh,
  at: Placement,
  tag: StructureTag,
  material: PartMaterial,
  binding: MeshPart['binding'],
): MeshPart {
  const n = m.positions.length / 3;
  const positions = new Float32Array(n * 3);
  const normals = new Float32Array(n * 3);
  const c = Math.cos(at.tilt);
  const s = Math.sin(at.tilt);
  for (let i = 0; i < n; i++) {
    positions.set(toWorld(at, m.positions[i * 3], m.positions[i * 3 + 1], m.positions[i * 3 + 2]), i * 3);
    const ny = m.normals[i * 3 + 1];
    const nz = m.normals[i * 3 + 2];
    normals.set([m.normals[i * 3], ny * c - nz * s, ny * s + nz * c], i * 3);
  }
  return {
    name: nodeName(tag.id, tag.side),
    tag,
    material,
    positions,
    normals,
    indices: m.indices,
    colors: m.colors,
    binding,
  };
}
