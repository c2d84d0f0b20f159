import { Matrix4, Quaternion, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { MUSCLE_IDS, nodeName } from '../../src/domain/anatomy/ids';
import { JOINT_NAMES, JOINT_PARENTS, jointIndex } from '../../src/domain/skeleton';
import type { JointName } from '../../src/domain/skeleton';
import type { MeshPart } from '../../tools/models/meshPart';
import { buildMuscles } from '../../tools/models/muscles/index';
import { REST_POSITIONS } from '../../src/domain/skeleton/restPose';

const parts: Record<'desktop' | 'phone', MeshPart[]> = { desktop: [], phone: [] };

beforeAll(async () => {
  parts.desktop = await buildMuscles('desktop');
  parts.phone = await buildMuscles('phone');
});

const triangles = (list: readonly MeshPart[]) => list.reduce((n, p) => n + p.indices.length / 3, 0);

/** Skinning matrices (world × inverse bind) for the generator's bind pose with rotations at some joints. */
function skinMatrices(rotations: Partial<Record<JointName, Quaternion>>): Matrix4[] {
  const bind = REST_POSITIONS;
  const world: Matrix4[] = [];
  JOINT_NAMES.forEach((name, i) => {
    const parent = JOINT_PARENTS[name];
    const p = bind[name];
    const q = parent ? bind[parent] : ([0, 0, 0] as const);
    const local = new Matrix4().compose(
      new Vector3(p[0] - q[0], p[1] - q[1], p[2] - q[2]),
      rotations[name] ?? new Quaternion(),
      new Vector3(1, 1, 1),
    );
    world[i] = parent ? new Matrix4().multiplyMatrices(world[jointIndex(parent)], local) : local;
  });
  return world.map((m, i) => {
    const b = bind[JOINT_NAMES[i]];
    return m.clone().multiply(new Matrix4().makeTranslation(-b[0], -b[1], -b[2]));
  });
}

function skinned(part: MeshPart, matrices: Matrix4[]): Float32Array {
  if (part.binding.kind !== 'skinned') throw new Error('muscles are skinned');
  const { joints, weights } = part.binding;
  const out = new Float32Array(part.positions.length);
  const v = new Vector3();
  const acc = new Vector3();
  const tmp = new Vector3();
  for (let i = 0; i < part.positions.length / 3; i++) {
    v.fromArray(part.positions, i * 3);
    acc.set(0, 0, 0);
    for (let k = 0; k < 4; k++) {
      const w = weights[i * 4 + k];
      if (w > 0) acc.addScaledVector(tmp.copy(v).applyMatrix4(matrices[joints[i * 4 + k]]), w);
    }
    acc.toArray(out, i * 3);
  }
  return out;
}

function lumbar(flexionDeg: number, sideBendDeg: number): Partial<Record<JointName, Quaternion>> {
  const q = new Quaternion()
    .setFromAxisAngle(new Vector3(1, 0, 0), (flexionDeg * Math.PI) / 180)
    .multiply(new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), (sideBendDeg * Math.PI) / 180));
  return { L5: q, L4: q, L3: q, L2: q, L1: q };
}

describe('buildMuscles', () => {
  it('returns one skinned, tagged muscle part per muscle and side at both levels of detail', () => {
    for (const lod of ['desktop', 'phone'] as const) {
      const names = parts[lod].map((p) => p.name).sort();
      const expected = MUSCLE_IDS.flatMap((id) => [nodeName(id, 'left'), nodeName(id, 'right')]).sort();
      expect(names).toEqual(expected);
      for (const p of parts[lod]) {
        expect(p.material).toBe('muscle');
        expect(p.tag.kind).toBe('muscle');
        expect(nodeName(p.tag.id, p.tag.side)).toBe(p.name);
        expect(p.binding.kind).toBe('skinned');
      }
    }
  });

  it('keeps within the triangle budgets: 120k on desktop, 22k on phones and software renderers', () => {
    expect(triangles(parts.desktop)).toBeLessThanOrEqual(120_000);
    expect(triangles(parts.phone)).toBeLessThanOrEqual(22_000);
    expect(triangles(parts.phone)).toBeLessThan(triangles(parts.desktop) / 2);
  });

  it('has finite geometry, valid indices, unit normals, colours, and skin weights that sum to 1 on valid joints', () => {
    for (const p of [...parts.desktop, ...parts.phone]) {
      const n = p.positions.length / 3;
      expect(p.positions.every(Number.isFinite), p.name).toBe(true);
      expect(p.normals.length).toBe(p.positions.length);
      expect(p.colors?.length).toBe(p.positions.length);
      expect(p.indices.length % 3).toBe(0);
      expect(Math.max(...p.indices)).toBeLessThan(n);
      let badNormals = 0;
      for (let i = 0; i < n; i++) {
        const len = Math.hypot(p.normals[i * 3], p.normals[i * 3 + 1], p.normals[i * 3 + 2]);
        if (Math.abs(len - 1) > 1e-3) badNormals++;
      }
      expect(badNormals, p.name).toBe(0);
      if (p.binding.kind !== 'skinned') continue;
      const { joints, weights } = p.binding;
      expect(joints.length).toBe(n * 4);
      let badJoints = 0;
      let badSums = 0;
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let k = 0; k < 4; k++) {
          if (joints[i * 4 + k] >= JOINT_NAMES.length || weights[i * 4 + k] < 0) badJoints++;
          sum += weights[i * 4 + k];
        }
        if (Math.abs(sum - 1) > 1e-3) badSums++;
      }
      expect(badJoints, p.name).toBe(0);
      expect(badSums, p.name).toBe(0);
    }
  });

  it('deforms without exploding under 40° flexion, 20° extension and 20° side bend', () => {
    for (const [flexion, bend] of [
      [40, 0],
      [-20, 0],
      [0, 20],
    ] as const) {
      const matrices = skinMatrices(lumbar(flexion / 5, bend / 5));
      for (const p of [...parts.desktop, ...parts.phone]) {
        const posed = skinned(p, matrices);
        const at = (array: Float32Array, i: number) => new Vector3().fromArray(array, i * 3);
        let worst = 0;
        let inverted = 0;
        for (let t = 0; t < p.indices.length; t += 3) {
          const tri = [p.indices[t], p.indices[t + 1], p.indices[t + 2]];
          for (let e = 0; e < 3; e++) {
            const [a, b] = [tri[e], tri[(e + 1) % 3]];
            const rest = at(p.positions, a).distanceTo(at(p.positions, b));
            if (rest > 1e-5) worst = Math.max(worst, at(posed, a).distanceTo(at(posed, b)) / rest);
          }
          const n0 = at(p.positions, tri[1])
            .sub(at(p.positions, tri[0]))
            .cross(at(p.positions, tri[2]).sub(at(p.positions, tri[0])));
          const n1 = at(posed, tri[1])
            .sub(at(posed, tri[0]))
            .cross(at(posed, tri[2]).sub(at(posed, tri[0])));
          if (n0.length() > 1e-10 && n0.dot(n1) < 0) inverted++;
        }
        const where = `${p.name} (${parts.desktop.includes(p) ? 'desktop' : 'phone'}) at flexion ${flexion}°, bend ${bend}°`;
        expect(worst, where).toBeLessThan(2);
        expect(inverted, where).toBe(0);
      }
    }
  });

  it('is deterministic', async () => {
    const again = await buildMuscles('phone');
    again.forEach((p, i) => {
      expect(Buffer.from(p.positions.buffer).equals(Buffer.from(parts.phone[i].positions.buffer))).toBe(true);
    });
  });
});
