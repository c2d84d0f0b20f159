import type { StructureId } from '../../domain/anatomy/ids';
import { isPaired, structureKey } from '../../state/structureKey';

/**
 * The selection key for a structure picked by name. Paired structures give their left copy: the opening camera
 * looks at the model's left side, so that is the copy people can see.
 */
export function listKey(id: StructureId): string {
  return structureKey(id, isPaired(id) ? 'left' : null);
}
