import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateBytes } from 'gltf-validator';
import type { Quaternion } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { JOINT_NAMES } from '../../src/domain/skeleton/joints';
import { REST_LANDMARKS, REST_POSITIONS, STATURE } from '../../src/domain/skeleton/restPose';
import { modelIO } from '../../tools/models/gltf';
import { readSkinned, skinPositions, stretchReport } from '../../tools/models/body/posedSkin';
import type { SkinnedData } from '../../tools/models/body/posedSkin';
import { CHECK_POSE_DEG, checkPoseRotations } from '../../tools/models/body/checkPose';

const FILES = {
  desktop: resolve(__dirname, '../../public/models/body.glb'),
  phone: resolve(__dirname, '../../public/models/body-lite.glb'),
} as const;
// The phone file also serves software renderers, where every triangle of the see-through skin is paid for per frame.
const BUDGET = { desktop: 60_000, phone: 8_000 } as const;
type Lod = keyof typeof FILES;

const loaded = {} as Record<Lod, { data: SkinnedData; meshName: string; materialName: string; skinned: boolean }>;

beforeAll(async () => {
  const io = await modelIO();
  for (const lod of Object.keys(FILES) as Lod[]) {
    const doc = await io.readBinary(new Uint8Array(readFileSync(FILES[lod])));
    const root = doc.getRoot();
    const node = root.listNodes().find((n) => n.getMesh());
    loaded[lod] = {
      data: readSkinned(doc),
      meshName: node?.getName() ?? '',
      materialName: root.listMaterials()[0]?.getName() ?? '',
      skinned: Boolean(node?.getSkin()),
    };
  }
});

/** Edges shared by exactly two triangles everywhere, and Euler characteristic 2: a closed surface of genus 0. */
function closedGenus0(indices: Uint32Array, vertices: number): boolean {
  const edges = new Map<number, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = indices[t + k];
      const b = indices[t + ((k + 1) % 3)];
      const key = Math.min(a, b) * vertices + Math.max(a, b);
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  for (const count of edges.values()) if (count !== 2) return false;
  return vertices - edges.size + indices.length / 3 === 2;
}

const distance = (p: ArrayLike<number>, q: readonly number[]) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);

describe.each(Object.keys(FILES) as Lod[])('body model (%s)', (lod) => {
  it('is one skinned mesh named body with the skin material', () => {
    expect(loaded[lod].meshName).toBe('body');
    expect(loaded[lod].materialName).toBe('skin');
    expect(loaded[lod].skinned).toBe(true);
  });

  it('skins to every joint of the one skeleton, in order', () => {
    expect(loaded[lod].data.jointNames).toEqual([...JOINT_NAMES]);
  });

  it('gives every vertex valid joint indices and weights summing to 1', () => {
    const { joints, weights } = loaded[lod].data;
    for (let v = 0; v < weights.length / 4; v++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) {
        expect(joints[v * 4 + k]).toBeLessThan(JOINT_NAMES.length);
        expect(weights[v * 4 + k]).toBeGreaterThanOrEqual(0);
        sum += weights[v * 4 + k];
      }
      expect(Math.abs(sum - 1)).toBeLessThan(1e-3);
    }
  });

  it('lets every joint lead some of the skin, the lumbar joints included', () => {
    const { joints, weights } = loaded[lod].data;
    const leads = new Set<number>();
    for (let v = 0; v < weights.length / 4; v++) {
      let best = 0;
      for (let k = 1; k < 4; k++) if (weights[v * 4 + k] > weights[v * 4 + best]) best = k;
      leads.add(joints[v * 4 + best]);
    }
    const missing = JOINT_NAMES.filter((_, i) => !leads.has(i));
    expect(missing).toEqual([]);
  });

  it('stays within its triangle budget', () => {
    expect(loaded[lod].data.indices.length / 3).toBeLessThanOrEqual(BUDGET[lod]);
  });

  it('is a closed surface without holes or handles', () => {
    const { indices, positions } = loaded[lod].data;
    expect(closedGenus0(indices, positions.length / 3)).toBe(true);
  });

  it('stands in the bind pose at full stature with its soles on the floor', () => {
    const p = skinPositions(loaded[lod].data, {});
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 1; i < p.length; i += 3) {
      minY = Math.min(minY, p[i]);
      maxY = Math.max(maxY, p[i]);
    }
    expect(Math.abs(minY)).toBeLessThan(0.003);
    expect(Math.abs(maxY - STATURE)).toBeLessThan(0.01);
  });

  it('covers the skeleton: every joint centre lies inside the figure, near its surface scale', () => {
    // Each joint must have skin within 12 cm (the trunk's half-depth) and the grip within 3 cm of the hand's skin.
    const p = skinPositions(loaded[lod].data, {});
    const nearest = (q: readonly number[]) => {
      let best = Infinity;
      for (let i = 0; i < p.length; i += 3) best = Math.min(best, distance([p[i], p[i + 1], p[i + 2]], q));
      return best;
    };
    for (const name of JOINT_NAMES) expect(nearest(REST_POSITIONS[name]), name).toBeLessThan(0.12);
    expect(nearest(REST_LANDMARKS.grip_left)).toBeLessThan(0.03);
    expect(nearest(REST_LANDMARKS.toeTip_left)).toBeLessThan(0.02);
    expect(nearest(REST_LANDMARKS.heel_left)).toBeLessThan(0.02);
  });

  it(`deforms cleanly at hip ${CHECK_POSE_DEG.hipFlexion}°, knee ${CHECK_POSE_DEG.kneeFlexion}°, elbow ${CHECK_POSE_DEG.elbowFlexion}°, lumbar ${CHECK_POSE_DEG.lumbarFlexion}°`, () => {
    const data = loaded[lod].data;
    const rotations = checkPoseRotations() as Record<string, Quaternion>;
    const report = stretchReport(data, rotations);
    // No exploded triangles: no triangle's longest edge grows past 2.5 times its bind length.
    expect(report.maxLongestEdgeRatio).toBeLessThanOrEqual(2.5);
    // Inverted triangles may only appear where skin folds onto skin on the flexion side of a deep bend (the groin,
    // whose hand-over spans the front of the hip, the back of the knee, the front of the elbow), and only a few.
    const creases = [
      ['thigh_left', 0.2],
      ['thigh_right', 0.2],
      ['shin_left', 0.14],
      ['shin_right', 0.14],
      ['forearm_left', 0.14],
      ['forearm_right', 0.14],
    ] as const;
    const bind = skinPositions(data, {});
    for (const t of report.invertedTriangles) {
      const v = data.indices[t * 3];
      const c = [bind[v * 3], bind[v * 3 + 1], bind[v * 3 + 2]];
      const near = creases.some(([j, r]) => distance(c, REST_POSITIONS[j]) < r);
      expect(near, `inverted triangle at ${c.map((x) => x.toFixed(3))}`).toBe(true);
    }
    expect(report.inverted / report.triangles).toBeLessThan(0.015);
  });
});

describe('body model files', () => {
  it.each(Object.keys(FILES) as Lod[])('passes the glTF validator without errors or warnings (%s)', async (lod) => {
    const report = await validateBytes(new Uint8Array(readFileSync(FILES[lod])));
    expect(report.issues.numErrors).toBe(0);
    expect(report.issues.numWarnings).toBe(0);
  });

  it('keeps the desktop file within 1 MB and the phone file smaller', () => {
    const desktop = statSync(FILES.desktop).size;
    const phone = statSync(FILES.phone).size;
    expect(desktop).toBeLessThanOrEqual(1_000_000);
    expect(phone).toBeLessThan(desktop);
  });
});
