/**
 * Stable identifiers for every anatomical structure in Lumbar Lab.
 * The content, the model generator (glTF extras) and the viewer all import them from here,
 * so an id is spelled exactly once.
 */

/** The five lumbar vertebrae, top to bottom. */
export const VERTEBRA_IDS = ['L1', 'L2', 'L3', 'L4', 'L5'] as const;
export type VertebraId = (typeof VERTEBRA_IDS)[number];

/** The lumbar intervertebral discs, top to bottom; each is named by the vertebrae it joins. */
export const DISC_IDS = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'] as const;
export type DiscId = (typeof DISC_IDS)[number];

/** Other bones shown around the lumbar spine. Paired bones carry a side in the model. */
export const BONE_IDS = ['T12', 'rib-11', 'rib-12', 'sacrum', 'coccyx', 'hip-bone', 'femur'] as const;
export type BoneId = (typeof BONE_IDS)[number];

/** The five parts of the erector spinae (Bogduk's scheme, plus spinalis). */
export const ERECTOR_SPINAE_IDS = [
  'spinalis',
  'longissimus-lumborum',
  'longissimus-thoracis',
  'iliocostalis-lumborum',
  'iliocostalis-thoracis',
] as const;

/**
 * Every muscle the app can show and highlight. Each is bilateral: the model has a left and
 * a right node for it, and the content speaks of the pair.
 */
export const MUSCLE_IDS = [
  ...ERECTOR_SPINAE_IDS,
  'multifidus',
  'quadratus-lumborum',
  'psoas-major',
  'iliacus',
  'rectus-abdominis',
  'external-oblique',
  'internal-oblique',
  'transversus-abdominis',
  'gluteus-maximus',
  'gluteus-medius',
  'hamstrings',
  'adductor-magnus',
  'quadriceps',
  'latissimus-dorsi',
  'trapezius',
  'rhomboids',
  'deltoid',
  'biceps-brachii',
  'serratus-anterior',
] as const;
export type MuscleId = (typeof MUSCLE_IDS)[number];

export type StructureId = VertebraId | DiscId | BoneId | MuscleId;
export type StructureKind = 'vertebra' | 'disc' | 'bone' | 'muscle';
export type Side = 'left' | 'right';

/** What every model node carries in its glTF extras, so the viewer can find it by id. */
export interface StructureTag {
  id: StructureId;
  kind: StructureKind;
  /** Spinal level for vertebrae, discs and segmental fascicles, e.g. "L3". */
  level?: string;
  side?: Side;
}

const vertebrae: ReadonlySet<string> = new Set(VERTEBRA_IDS);
const discs: ReadonlySet<string> = new Set(DISC_IDS);
const bones: ReadonlySet<string> = new Set(BONE_IDS);
const muscles: ReadonlySet<string> = new Set(MUSCLE_IDS);

/** The kind of a structure id, or undefined when the id is unknown. */
export function kindOf(id: string): StructureKind | undefined {
  if (vertebrae.has(id)) return 'vertebra';
  if (discs.has(id)) return 'disc';
  if (bones.has(id)) return 'bone';
  if (muscles.has(id)) return 'muscle';
  return undefined;
}

/** True when the string is a known structure id. */
export function isStructureId(id: string): id is StructureId {
  return kindOf(id) !== undefined;
}

/** True when the string is a known muscle id. */
export function isMuscleId(id: string): id is MuscleId {
  return muscles.has(id);
}

/** The model node name for a structure: the id, with the side appended for paired structures. */
export function nodeName(id: StructureId, side?: Side): string {
  return side ? `${id}_${side}` : id;
}
