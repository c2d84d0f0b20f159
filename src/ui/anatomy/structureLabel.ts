import { structureInfo, type StructureCard } from '../../domain/anatomy';
import type { MuscleGroup } from '../../domain/anatomy/types';
import { parseStructureKey } from '../../state/structureKey';

const MUSCLE_GROUP_LABELS: Record<MuscleGroup, string> = {
  'erector-spinae': 'Erector spinae',
  'deep-back': 'Deep back muscle',
  abdominal: 'Abdominal wall',
  'hip-flexor': 'Hip flexor',
  'hip-and-thigh': 'Hip and thigh',
  'upper-back-and-arm': 'Upper back and arm',
};

export { MUSCLE_GROUP_LABELS };

/** The card for a selection key, or null when the key or its catalogue entry is missing. */
export function cardFor(key: string): { card: StructureCard; side: 'left' | 'right' | null } | null {
  const parsed = parseStructureKey(key);
  if (!parsed) return null;
  try {
    return { card: structureInfo(parsed.id), side: parsed.side };
  } catch {
    // The anatomy catalogue may not hold every structure the model tags yet.
    return null;
  }
}

/** A structure's name for labels, with its side, e.g. "Multifidus (left)"; null when unknown. */
export function structureLabel(key: string): string | null {
  const found = cardFor(key);
  if (!found) return null;
  return found.side ? `${found.card.name} (${found.side})` : found.card.name;
}
