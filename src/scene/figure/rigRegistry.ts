import type { Object3D } from 'three';
import { JOINT_NAMES } from '../../domain/skeleton/joints';

/** A loaded model built on the shared skeleton: its root (where clips bind) and its joints in JOINT_NAMES order. */
export interface Rig {
  root: Object3D;
  joints: readonly (Object3D | null)[];
}

// An array rather than a set: the player walks it on every frame, and an index loop allocates no iterator.
let rigs: readonly Rig[] = [];
let version = 0;

/** Finds a model's joints by name; joints are the nodes that carry the skeleton's names. */
export function findRig(root: Object3D): Rig {
  const byName = new Map<string, Object3D>();
  root.traverse((o) => {
    // Rigid meshes may share a joint's name; the joint itself is the one without a mesh.
    if (!(o as { isMesh?: boolean }).isMesh && !byName.has(o.name)) byName.set(o.name, o);
  });
  return { root, joints: JOINT_NAMES.map((name) => byName.get(name) ?? null) };
}

/** Adds a model to the set the player drives; returns the undo. */
export function registerRig(rig: Rig): () => void {
  if (!rigs.includes(rig)) rigs = [...rigs, rig];
  version++;
  return () => {
    rigs = rigs.filter((r) => r !== rig);
    version++;
  };
}

/** Every rig the player drives. */
export function activeRigs(): readonly Rig[] {
  return rigs;
}

/** Grows whenever a rig comes or goes, so the player knows to bind its clip again. */
export function rigsVersion(): number {
  return version;
}
