import type { StructureTag } from '../../src/domain/anatomy/ids';
import type { JointName } from '../../src/domain/skeleton/joints';

/** Surface look of a part; the runtime maps each to a material. */
export type PartMaterial = 'bone' | 'cartilage' | 'nucleus' | 'muscle' | 'skin' | 'equipment';

/**
 * One generated mesh, ready for the glTF writer. Positions are in the bind pose, in world space
 * (metres, glTF axes: +Y up, +Z anterior, +X the figure's left).
 */
export interface MeshPart {
  /** Node name: `nodeName(tag.id, tag.side)` for anatomy. */
  name: string;
  /** Written to the node's glTF extras so the viewer can find the structure by id. */
  tag: StructureTag;
  material: PartMaterial;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** Optional per-vertex RGB (0–1): baked ambient occlusion, tendon ends. */
  colors?: Float32Array;
  /**
   * Rigid parts follow one joint. Skinned parts give 4 joint indices (into JOINT_NAMES) and 4 weights
   * per vertex, weights summing to 1.
   */
  binding: { kind: 'rigid'; joint: JointName } | { kind: 'skinned'; joints: Uint16Array; weights: Float32Array };
}
