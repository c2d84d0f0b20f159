/**
 * Writes MeshParts into one GLB: a node per joint (hierarchy from JOINT_PARENTS, bind translations), rigid parts
 * as children of their joint, skinned parts at the scene root with one skin over every joint, tags in node
 * extras, one material per tissue. Then prune + meshopt compression. No dedup before meshopt: dedup shares the
 * identical JOINTS/WEIGHTS accessors of mirrored parts, and meshopt's reorder then scrambles them (posed meshes
 * explode while the rest pose looks fine). Output is deterministic: no timestamps, no randomness.
 */
import { Document, Logger, NodeIO } from '@gltf-transform/core';
import type { Material, Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt, prune } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import { JOINT_NAMES, JOINT_PARENTS } from '../../src/domain/skeleton/joints';
import type { JointName } from '../../src/domain/skeleton/joints';
import { REST_POSITIONS } from '../../src/domain/skeleton/restPose';
import type { MeshPart, PartMaterial } from './meshPart';

/** Base colours written into the file; the app swaps in its own tissue materials by name. */
const MATERIALS: Record<PartMaterial, { color: [number, number, number, number]; roughness: number }> = {
  bone: { color: [0.86, 0.8, 0.68, 1], roughness: 0.62 },
  cartilage: { color: [0.62, 0.74, 0.8, 1], roughness: 0.35 },
  nucleus: { color: [0.74, 0.62, 0.8, 1], roughness: 0.4 },
  // White: the vertex colours carry belly red and tendon ivory.
  muscle: { color: [1, 1, 1, 1], roughness: 0.5 },
  skin: { color: [0.7, 0.5, 0.38, 1], roughness: 0.7 },
  equipment: { color: [0.3, 0.32, 0.35, 1], roughness: 0.35 },
};

/** An I/O with the extensions and codecs the models use (reading and writing). */
export async function modelIO(): Promise<NodeIO> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}

/** Builds the document in the bind pose of REST_POSITIONS and returns the compressed GLB bytes. */
export async function writeGlb(parts: readonly MeshPart[]): Promise<Uint8Array> {
  const bind = REST_POSITIONS;
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'lumbar-lab tools/models';
  const buffer = doc.createBuffer();
  const scene = doc.createScene('anatomy');
  const joints = new Map<JointName, Node>();
  for (const name of JOINT_NAMES) {
    const parent = JOINT_PARENTS[name];
    const p = bind[name];
    const q = parent ? bind[parent] : ([0, 0, 0] as const);
    const node = doc.createNode(name).setTranslation([p[0] - q[0], p[1] - q[1], p[2] - q[2]]);
    if (parent) joints.get(parent)!.addChild(node);
    else scene.addChild(node);
    joints.set(name, node);
  }
  const skin = doc.createSkin('skeleton');
  const ibm = new Float32Array(JOINT_NAMES.length * 16);
  JOINT_NAMES.forEach((name, i) => {
    skin.addJoint(joints.get(name)!);
    // Joints carry no rotation in the bind pose, so each inverse bind matrix is a pure translation.
    const p = bind[name];
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -p[0], -p[1], -p[2], 1], i * 16);
  });
  skin.setSkeleton(joints.get('pelvis')!);
  skin.setInverseBindMatrices(doc.createAccessor('inverseBind').setType('MAT4').setArray(ibm).setBuffer(buffer));

  const materials = new Map<PartMaterial, Material>();
  const material = (kind: PartMaterial): Material => {
    let m = materials.get(kind);
    if (!m) {
      const look = MATERIALS[kind];
      m = doc
        .createMaterial(kind)
        .setBaseColorFactor(look.color)
        .setRoughnessFactor(look.roughness)
        .setMetallicFactor(0);
      materials.set(kind, m);
    }
    return m;
  };

  for (const part of parts) {
    const n = part.positions.length / 3;
    const origin = part.binding.kind === 'rigid' ? bind[part.binding.joint] : ([0, 0, 0] as const);
    const positions = new Float32Array(part.positions.length);
    for (let i = 0; i < n; i++) {
      positions[i * 3] = part.positions[i * 3] - origin[0];
      positions[i * 3 + 1] = part.positions[i * 3 + 1] - origin[1];
      positions[i * 3 + 2] = part.positions[i * 3 + 2] - origin[2];
    }
    // The app's materials use vertex colours, so every part carries COLOR_0 (white when it has no tint).
    const colors = part.colors ?? new Float32Array(n * 3).fill(1);
    const accessor = (
      name: string,
      type: 'VEC3' | 'VEC4' | 'SCALAR',
      array: Float32Array | Uint8Array | Uint16Array | Uint32Array,
    ) => doc.createAccessor(`${part.name}_${name}`).setType(type).setArray(array).setBuffer(buffer);
    const prim = doc
      .createPrimitive()
      .setMaterial(material(part.material))
      .setAttribute('POSITION', accessor('position', 'VEC3', positions))
      .setAttribute('NORMAL', accessor('normal', 'VEC3', part.normals))
      .setAttribute('COLOR_0', accessor('color', 'VEC3', colors))
      .setIndices(accessor('indices', 'SCALAR', n < 65536 ? Uint16Array.from(part.indices) : part.indices));
    if (part.binding.kind === 'skinned') {
      prim.setAttribute('JOINTS_0', accessor('joints', 'VEC4', Uint8Array.from(part.binding.joints)));
      prim.setAttribute('WEIGHTS_0', accessor('weights', 'VEC4', part.binding.weights));
    }
    const node = doc
      .createNode(part.name)
      .setMesh(doc.createMesh(part.name).addPrimitive(prim))
      .setExtras({ ...part.tag });
    if (part.binding.kind === 'rigid') joints.get(part.binding.joint)!.addChild(node);
    else {
      node.setSkin(skin);
      scene.addChild(node);
    }
  }
  await doc.transform(
    prune(),
    meshopt({ encoder: MeshoptEncoder, level: 'high', quantizePosition: 14, quantizeNormal: 8 }),
  );
  const io = await modelIO();
  return io.writeBinary(doc);
}
