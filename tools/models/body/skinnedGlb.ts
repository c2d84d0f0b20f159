/**
 * Writes the figure as one skinned mesh named 'body' (material 'skin') over the whole skeleton: a node per joint
 * (hierarchy from JOINT_PARENTS, bind translations, no rotations), one skin listing every joint in JOINT_NAMES
 * order, then prune + meshopt compression exactly as the anatomy writer does (no dedup before meshopt: it breaks
 * skinned meshes when posed). The anatomy writer's MeshPart needs a structure tag, which the skin is not.
 */
import { Document, Logger } from '@gltf-transform/core';
import type { Node } from '@gltf-transform/core';
import { meshopt, prune } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { JOINT_NAMES, JOINT_PARENTS } from '../../../src/domain/skeleton/joints';
import type { JointName } from '../../../src/domain/skeleton/joints';
import type { Vec3Tuple } from '../../../src/domain/skeleton/restPose';
import { modelIO } from '../gltf';

/** A skinned surface in world space, metres. */
export interface SkinnedSurface {
  name: string;
  material: string;
  /** Base colour written into the file (linear RGBA); the app swaps in its own material by name. */
  baseColor: [number, number, number, number];
  positions: Float32Array;
  normals: Float32Array;
  colors: Float32Array;
  indices: Uint32Array;
  joints: Uint16Array;
  weights: Float32Array;
}

/** Builds the GLB bytes for one skinned surface bound to the joints at `bind` (world, metres). */
export async function writeSkinnedGlb(
  surface: SkinnedSurface,
  bind: Record<JointName, Vec3Tuple>,
): Promise<Uint8Array> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'lumbar-lab tools/models/body';
  const buffer = doc.createBuffer();
  const scene = doc.createScene('body');
  const nodes = new Map<JointName, Node>();
  for (const name of JOINT_NAMES) {
    const parent = JOINT_PARENTS[name];
    const p = bind[name];
    const q = parent ? bind[parent] : ([0, 0, 0] as const);
    const node = doc.createNode(name).setTranslation([p[0] - q[0], p[1] - q[1], p[2] - q[2]]);
    if (parent) nodes.get(parent)!.addChild(node);
    else scene.addChild(node);
    nodes.set(name, node);
  }
  const skin = doc.createSkin('skeleton');
  const ibm = new Float32Array(JOINT_NAMES.length * 16);
  JOINT_NAMES.forEach((name, i) => {
    skin.addJoint(nodes.get(name)!);
    // Joints carry no rotation in the bind pose, so each inverse bind matrix is a pure translation.
    const p = bind[name];
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -p[0], -p[1], -p[2], 1], i * 16);
  });
  skin.setSkeleton(nodes.get('pelvis')!);
  skin.setInverseBindMatrices(doc.createAccessor('inverseBind').setType('MAT4').setArray(ibm).setBuffer(buffer));

  const material = doc
    .createMaterial(surface.material)
    .setBaseColorFactor(surface.baseColor)
    .setRoughnessFactor(0.7)
    .setMetallicFactor(0);
  const accessor = (
    name: string,
    type: 'VEC3' | 'VEC4' | 'SCALAR',
    array: Float32Array | Uint8Array | Uint16Array | Uint32Array,
  ) => doc.createAccessor(`${surface.name}_${name}`).setType(type).setArray(array).setBuffer(buffer);
  const n = surface.positions.length / 3;
  const prim = doc
    .createPrimitive()
    .setMaterial(material)
    .setAttribute('POSITION', accessor('position', 'VEC3', surface.positions))
    .setAttribute('NORMAL', accessor('normal', 'VEC3', surface.normals))
    .setAttribute('COLOR_0', accessor('color', 'VEC3', surface.colors))
    .setAttribute('JOINTS_0', accessor('joints', 'VEC4', Uint8Array.from(surface.joints)))
    .setAttribute('WEIGHTS_0', accessor('weights', 'VEC4', surface.weights))
    .setIndices(accessor('indices', 'SCALAR', n < 65536 ? Uint16Array.from(surface.indices) : surface.indices));
  const node = doc.createNode(surface.name).setMesh(doc.createMesh(surface.name).addPrimitive(prim)).setSkin(skin);
  scene.addChild(node);
  await doc.transform(
    prune(),
    meshopt({ encoder: MeshoptEncoder, level: 'medium', quantizePosition: 16, quantizeNormal: 10 }),
  );
  const io = await modelIO();
  return io.writeBinary(doc);
}
