import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateBytes } from 'gltf-validator';
import type { Mesh, Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { BONE_IDS, DISC_IDS, VERTEBRA_IDS, kindOf } from '../../src/domain/anatomy/ids';
import { JOINT_NAMES, JOINT_PARENTS } from '../../src/domain/skeleton/joints';
import { REST_POSITIONS } from '../../src/domain/skeleton/restPose';
import { MODEL_FILES, loadModel, meshesByTag } from './modelFixture';

/**
 * Triangle budgets per file. The phone file also serves software renderers, where every triangle costs CPU time on
 * each frame; these bounds keep exercise playback there within the benchmark's frame budget.
 */
const BUDGET = { desktop: 300_000, phone: 36_000 } as const;
/** The bones and discs alone, so the rest of the scene keeps its share (desktop / phone). */
const BONE_BUDGET = { desktop: 120_000, phone: 15_000 } as const;

function triangles(root: Object3D, filter: (m: Mesh) => boolean = () => true): number {
  let n = 0;
  root.traverse((o) => {
    const m = o as Mesh;
    if (m.isMesh && filter(m)) n += (m.geometry.index?.count ?? m.geometry.attributes.position.count) / 3;
  });
  return n;
}

const isSkeletal = (m: Mesh) => ['vertebra', 'disc', 'bone'].includes(kindOf(String(m.userData.id)) ?? '');

describe.each(Object.entries(MODEL_FILES))('%s model', (lod, file) => {
  it('passes the glTF validator with no errors', async () => {
    const report = await validateBytes(new Uint8Array(readFileSync(file)), { maxIssues: 50 });
    const errors = report.issues.messages.filter((m) => m.severity === 0);
    expect(errors, JSON.stringify(errors.slice(0, 5))).toHaveLength(0);
  });

  it('has every bone and disc as a tagged node whose extras match the ids', async () => {
    const root = await loadModel(file);
    for (const id of VERTEBRA_IDS) {
      const [mesh] = meshesByTag(root, id);
      expect(mesh, id).toBeDefined();
      expect(mesh.userData).toMatchObject({ id, kind: 'vertebra', level: id });
    }
    for (const id of DISC_IDS) {
      const meshes = meshesByTag(root, id);
      expect(meshes.length, id).toBe(2);
      for (const m of meshes) expect(m.userData).toMatchObject({ id, kind: 'disc', level: id });
    }
    const paired = new Set(['hip-bone', 'femur', 'rib-11', 'rib-12']);
    for (const id of BONE_IDS) {
      const names = paired.has(id) ? [`${id}_left`, `${id}_right`] : [id];
      for (const name of names) {
        const [mesh] = meshesByTag(root, name);
        expect(mesh, name).toBeDefined();
        expect(mesh.userData.kind).toBe('bone');
      }
    }
    root.traverse((o) => {
      if ((o as Mesh).isMesh) expect(kindOf(String(o.userData.id)), o.name).toBe(o.userData.kind);
    });
  });

  it('has the joint hierarchy with the bind translations', async () => {
    const root = await loadModel(file);
    const bind = REST_POSITIONS;
    for (const name of JOINT_NAMES) {
      const joint = root.getObjectsByProperty('name', name).find((o) => (o as Mesh).isMesh !== true);
      expect(joint, name).toBeDefined();
      const parent = JOINT_PARENTS[name];
      if (parent) expect(joint!.parent?.name).toBe(parent);
      const p = bind[name];
      const q = parent ? bind[parent] : [0, 0, 0];
      expect(
        joint!.position
          .toArray()
          .map((v, i) => v - (p[i] - q[i]))
          .every((d) => Math.abs(d) < 1e-6),
      ).toBe(true);
    }
  });

  it('stays within its triangle budgets', async () => {
    const root = await loadModel(file);
    const key = lod as keyof typeof BUDGET;
    expect(triangles(root)).toBeLessThanOrEqual(BUDGET[key]);
    expect(triangles(root, isSkeletal)).toBeLessThanOrEqual(BONE_BUDGET[key]);
  });
});

it('keeps all models together within 3 MB', () => {
  const dir = dirname(MODEL_FILES.desktop);
  const total = readdirSync(dir)
    .filter((f) => f.endsWith('.glb'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  expect(total).toBeLessThanOrEqual(3 * 1024 * 1024);
});
