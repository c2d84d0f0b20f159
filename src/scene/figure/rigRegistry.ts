import type { Object3D } from 'three';
import { JOINT_NAMES } from '../../domain/skeleton/joints';

/** The joints of one loaded model, in JOINT_NAMES order (null where the model lacks a joint). */
export type RigJoints = readonly (Object3D | null)[];

const rigs = new Set<RigJoints>();

/** Finds a model's joints by name; joints are the nodes that carry the skeleton's names. */
export function findRigJoints(root: Object3D): RigJoints {
  const byName = new Map<string, Object3D>();
  root.traverse((o) => {
    // Rigid meshes may share a joint's name; the joint itself is the one without a mesh.
    if (!(o as { isMesh?: boolean }).isMesh && !byName.has(o.name)) byName.set(o.name, o);
  });
  return JOINT_NAMES.map((name) => byName.get(name) ?? null);
}

/** Adds a model's joints to the set the player drives; returns the undo. */
export function registerRig(joints: RigJoints): () => void {
  rigs.add(joints);
  return () => rigs.delete(joints);
}

/** Every rig the player drives this frame. */
export function activeRigs(): ReadonlySet<RigJoints> {
  return rigs;
}
