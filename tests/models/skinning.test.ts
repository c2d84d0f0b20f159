/**
 * Skinned parts in motion: weights sum to 1; lumbar flexion 40°, extension 20° and side bend 20° (spread over the
 * lumbar joints with the Christophy 2012 shares) leave no stretched or inverted triangles; discs stay between
 * the endplate planes of their two vertebrae.
 */
import { readFileSync } from 'node:fs';
import { Matrix4, Vector3 } from 'three';
import type { Mesh, Object3D, SkinnedMesh } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { describe, expect, it } from 'vitest';
import { DISC_IDS } from '../../src/domain/anatomy/ids';
import type { JointName } from '../../src/domain/skeleton/joints';
import { discEndplates } from '../../tools/models/disc';
import { halfHeightAt } from '../../tools/models/vertebraBody';
import { toWorld } from '../../tools/models/place';
import { REST_POSITIONS } from '../../src/domain/skeleton/restPose';
import { MODEL_FILES, worldPositions } from './modelFixture';

/** Share of the whole-lumbar angle per joint (christophy-2012: flexion/extension and lateral bending coefficients). */
const SHARES = {
  flexion: { L1: 0.255, L2: 0.231, L3: 0.204, L4: 0.185, L5: 0.125 },
  bend: { L1: 0.188, L2: 0.2501, L3: 0.2453, L4: 0.1811, L5: 0.1356 },
} as const;

const POSES = [
  { name: 'flexion 40°', axis: new Vector3(1, 0, 0), angle: 40, shares: SHARES.flexion },
  { name: 'extension 20°', axis: new Vector3(1, 0, 0), angle: -20, shares: SHARES.flexion },
  { name: 'side bend 20°', axis: new Vector3(0, 0, 1), angle: 20, shares: SHARES.bend },
];

async function freshScene(file: string): Promise<Object3D> {
  const buf = readFileSync(file);
  const gltf = await new GLTFLoader()
    .setMeshoptDecoder(MeshoptDecoder)
    .parseAsync(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), '');
  gltf.scene.updateMatrixWorld(true);
  return gltf.scene;
}

function skinnedMeshes(root: Object3D): SkinnedMesh[] {
  const out: SkinnedMesh[] = [];
  root.traverse((o) => {
    if ((o as SkinnedMesh).isSkinnedMesh) out.push(o as SkinnedMesh);
  });
  return out;
}

function joint(root: Object3D, name: JointName): Object3D {
  return root.getObjectsByProperty('name', name).find((o) => !(o as Mesh).isMesh)!;
}

function pose(root: Object3D, p: (typeof POSES)[number]) {
  for (const [name, share] of Object.entries(p.shares))
    joint(root, name as JointName).quaternion.setFromAxisAngle(p.axis, (p.angle * share * Math.PI) / 180);
  root.updateMatrixWorld(true);
}

describe.each(Object.entries(MODEL_FILES))('%s model', (_lod, file) => {
  it('has skin weights that sum to 1 on every vertex', async () => {
    const root = await freshScene(file);
    const meshes = skinnedMeshes(root);
    expect(meshes.length).toBeGreaterThan(0);
    for (const mesh of meshes) {
      const w = mesh.geometry.attributes.skinWeight;
      for (let i = 0; i < w.count; i++) {
        const sum = w.getX(i) + w.getY(i) + w.getZ(i) + w.getW(i);
        expect(Math.abs(sum - 1), `${mesh.name} vertex ${i}`).toBeLessThan(2e-3);
      }
    }
  });

  it.each(POSES)('deforms without exploded or inverted triangles: $name', async (p) => {
    const root = await freshScene(file);
    const meshes = skinnedMeshes(root);
    const rest = meshes.map((m) => worldPositions(m));
    pose(root, p);
    meshes.forEach((mesh, k) => {
      const posed = worldPositions(mesh);
      const index = mesh.geometry.index!;
      let worstStretch = 0;
      let inverted = 0;
      const e1 = new Vector3();
      const e2 = new Vector3();
      const n0 = new Vector3();
      const n1 = new Vector3();
      for (let t = 0; t < index.count; t += 3) {
        const [a, b, c] = [index.getX(t), index.getX(t + 1), index.getX(t + 2)];
        for (const [i, j] of [
          [a, b],
          [b, c],
          [c, a],
        ]) {
          const before = rest[k][i].distanceTo(rest[k][j]);
          if (before > 1e-5) worstStretch = Math.max(worstStretch, posed[i].distanceTo(posed[j]) / before);
        }
        n0.crossVectors(e1.subVectors(rest[k][b], rest[k][a]), e2.subVectors(rest[k][c], rest[k][a]));
        n1.crossVectors(e1.subVectors(posed[b], posed[a]), e2.subVectors(posed[c], posed[a]));
        if (n0.length() > 1e-10 && n0.dot(n1) < 0) inverted++;
      }
      expect(worstStretch, `${mesh.name} stretch`).toBeLessThan(2);
      expect(inverted, `${mesh.name} inverted triangles`).toBe(0);
    });
  });

  it.each(POSES)('keeps every disc between its endplates: $name', async (p) => {
    const root = await freshScene(file);
    const bind = REST_POSITIONS;
    pose(root, p);
    // How a joint moves a point from its bind position (joints carry no bind rotation).
    const motion = (name: JointName) => {
      const j = joint(root, name);
      const b = bind[name];
      return new Matrix4().multiplyMatrices(j.matrixWorld, new Matrix4().makeTranslation(-b[0], -b[1], -b[2]));
    };
    for (const id of DISC_IDS) {
      const { below, above } = discEndplates(id);
      // The rim plane of each endplate in the bind pose, then moved by its vertebra's joint.
      const plane = (e: typeof below) => {
        const a = e.p.bodyDepth / 2;
        const y0 = e.side * halfHeightAt(e.p, 0);
        const yA = e.side * halfHeightAt(e.p, a);
        const o = new Vector3(...toWorld(e.at, 0, y0, 0));
        const f = new Vector3(...toWorld(e.at, 0, yA, a)).sub(o);
        const s = new Vector3(...toWorld(e.at, 1, y0, 0)).sub(o);
        // Normal pointing into the disc: up for the lower endplate, down for the upper.
        const n = new Vector3().crossVectors(f, s).normalize();
        if (e.side < 0) n.negate();
        const m = motion(e.joint);
        return { o: o.applyMatrix4(m), n: n.transformDirection(m) };
      };
      const lower = plane(below);
      const upper = plane(above);
      const disc = root.getObjectsByProperty('name', id).find((o) => (o as Mesh).isMesh) as Mesh;
      // The caps fill the dished endplates, up to 1.5 mm beyond the rim planes (wang-2012-endplates).
      for (const v of worldPositions(disc)) {
        expect(v.clone().sub(lower.o).dot(lower.n), `${id} below its lower endplate`).toBeGreaterThan(-0.002);
        expect(v.clone().sub(upper.o).dot(upper.n), `${id} above its upper endplate`).toBeGreaterThan(-0.002);
      }
      // The two rim planes must not cross inside the disc: check the anterior and posterior rim points.
      for (const z of [-1, 1]) {
        const rimAt = (e: typeof below) =>
          new Vector3(
            ...toWorld(e.at, 0, e.side * halfHeightAt(e.p, (z * e.p.bodyDepth) / 2), (z * e.p.bodyDepth) / 2),
          ).applyMatrix4(motion(e.joint));
        expect(rimAt(above).sub(lower.o).dot(lower.n), `${id} rims collide`).toBeGreaterThan(0.001);
        expect(rimAt(below).sub(upper.o).dot(upper.n), `${id} rims collide`).toBeGreaterThan(0.001);
      }
    }
  });
});
