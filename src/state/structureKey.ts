import { isStructureId, kindOf, type Side, type StructureId } from '../domain/anatomy/ids';

// Bones the model draws once per side; every muscle is drawn once per side too.
const PAIRED_BONES: ReadonlySet<string> = new Set(['rib-11', 'rib-12', 'hip-bone', 'femur']);

/** True when the model holds a left and a right copy of the structure. */
export function isPaired(id: StructureId): boolean {
  return kindOf(id) === 'muscle' || PAIRED_BONES.has(id);
}

/** A selection key split into the structure id and its side. */
export interface ParsedStructureKey {
  id: StructureId;
  side: Side | null;
}

/**
 * Reads a selection key such as "L3", "L4-L5", "multifidus_left" or "hip-bone_right". A side is allowed only on
 * paired structures; a paired structure without one means the pair. Returns null for anything else.
 */
export function parseStructureKey(key: string): ParsedStructureKey | null {
  const match = /^(.+?)(?:_(left|right))?$/.exec(key);
  if (!match) return null;
  const [, id, side] = match;
  if (!isStructureId(id)) return null;
  if (side && !isPaired(id)) return null;
  return { id, side: (side as Side | undefined) ?? null };
}

/** The selection key for a structure, as the model names its node. */
export function structureKey(id: StructureId, side?: Side | null): string {
  return side && isPaired(id) ? `${id}_${side}` : id;
}
