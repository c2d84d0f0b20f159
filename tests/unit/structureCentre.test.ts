import {
  Bone,
  BoxGeometry,
  Float32BufferAttribute,
  Group,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  Skeleton,
  SkinnedMesh,
  Uint16BufferAttribute,
} from 'three';
import { describe, expect, it } from 'vitest';
import { structureCentre } from '../../src/scene/anatomy/structureCentre';

/**
 * A skinned part stored the way the model files store it: positions quantised to ±1, the scale and offset back to
 * metres folded into the bone's inverse bind matrix. Its true centre is at `centre`, half-size 0.05 m.
 */
function quantisedPart(centre: [number, number, number]) {
  const geometry = new BoxGeometry(2, 2, 2);
  const count = geometry.getAttribute('position').count;
  geometry.setAttribute('skinIndex', new Uint16BufferAttribute(new Uint16Array(count * 4), 4));
  const weights = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) weights[i * 4] = 1;
  geometry.setAttribute('skinWeight', new Float32BufferAttribute(weights, 4));
  const bone = new Bone();
  bone.position.set(0, 1, 0);
  const root = new Group().add(bone);
  root.updateMatrixWorld(true);
  const dequantise = new Matrix4().makeTranslation(...centre).multiply(new Matrix4().makeScale(0.05, 0.05, 0.05));
  const inverse = bone.matrixWorld.clone().invert().multiply(dequantise);
  const mesh = new SkinnedMesh(geometry, new MeshBasicMaterial());
  root.add(mesh);
  mesh.bind(new Skeleton([bone], [inverse]), new Matrix4());
  return { root, mesh, bone };
}

describe('where a structure is', () => {
  it('finds a quantised skinned part where its bones put it, not at its raw coordinates', () => {
    const { mesh } = quantisedPart([0.3, 1.2, -0.1]);
    const centre = structureCentre([mesh]);
    expect(centre.x).toBeCloseTo(0.3, 6);
    expect(centre.y).toBeCloseTo(1.2, 6);
    expect(centre.z).toBeCloseTo(-0.1, 6);
  });

  it('follows the part when its bone moves, and reads rigid parts from their world matrix', () => {
    const { root, mesh, bone } = quantisedPart([0, 1, 0]);
    bone.position.x += 0.2;
    expect(structureCentre([mesh]).x).toBeCloseTo(0.2, 6);
    const rigid = new Mesh(new BoxGeometry(0.1, 0.1, 0.1), new MeshBasicMaterial());
    rigid.position.set(0, 0.5, 0.4);
    root.add(rigid);
    const placed = structureCentre([rigid]);
    expect([placed.x, placed.y, placed.z]).toEqual([0, 0.5, 0.4].map((v) => expect.closeTo(v, 6)));
  });
});
