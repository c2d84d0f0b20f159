import type { ReferenceId } from '../content/references';
import { BONES } from './bones';
import { DISCS } from './discs';
import { kindOf } from './ids';
import type { BoneId, DiscId, MuscleId, StructureId, StructureKind, VertebraId } from './ids';
import { MUSCLES } from './muscles';
import type { BoneInfo, DiscInfo, Fact, MuscleInfo, RangeFact, VertebraInfo } from './types';
import { VERTEBRAE } from './vertebrae';

export * from './ids';
export type * from './types';
export { VERTEBRAE } from './vertebrae';
export { DISCS } from './discs';
export { BONES } from './bones';
export { MUSCLES } from './muscles';
export { LUMBAR_SPINE } from './lumbarSpine';
export type { LumbarSpineOverview } from './lumbarSpine';
export { SEGMENTS, WHOLE_LUMBAR, distributeLumbar, segmentShares } from './segments';
export type { LumbarAngles, LumbarLimit, LumbarMotion, SegmentMotion } from './segments';

/** One structure as the info card shows it, whatever its kind. */
export interface StructureCard {
  id: StructureId;
  kind: StructureKind;
  name: string;
  summary: string;
  facts: Fact[];
  /** Shape features for recognising a vertebra; empty for other kinds. */
  features: string[];
  /** Where sources disagree, when they do. */
  disagreement?: string;
  /** What the article says, in our words, when it says anything. */
  articleNote?: string;
}

/** Indexes a list by id, failing loudly if an id repeats. */
function byId<K extends string, T extends { id: K }>(list: readonly T[]): ReadonlyMap<K, T> {
  const map = new Map<K, T>();
  for (const item of list) {
    if (map.has(item.id)) throw new Error(`Duplicate anatomy entry "${item.id}"`);
    map.set(item.id, item);
  }
  return map;
}

const vertebrae = byId<VertebraId, VertebraInfo>(VERTEBRAE);
const discs = byId<DiscId, DiscInfo>(DISCS);
const bones = byId<BoneId, BoneInfo>(BONES);
const muscles = byId<MuscleId, MuscleInfo>(MUSCLES);

/** Looks an id up, failing loudly when the catalogue has no entry for it. */
function required<K extends string, T>(map: ReadonlyMap<K, T>, id: K): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`No anatomy entry for "${id}"`);
  return found;
}

/** The catalogue entry for a lumbar vertebra. */
export function vertebraInfo(id: VertebraId): VertebraInfo {
  return required(vertebrae, id);
}

/** The catalogue entry for a lumbar disc. */
export function discInfo(id: DiscId): DiscInfo {
  return required(discs, id);
}

/** The catalogue entry for a bone around the lumbar spine. */
export function boneInfo(id: BoneId): BoneInfo {
  return required(bones, id);
}

/** The catalogue entry for a muscle. */
export function muscleInfo(id: MuscleId): MuscleInfo {
  return required(muscles, id);
}

/** A segment's range of motion as a displayed fact. */
function rangeFact(label: string, range: RangeFact): Fact {
  const value = range.note ? `${range.value}° — ${range.note}` : `${range.value}°`;
  return { label, value, refs: range.refs };
}

/** The range-of-motion facts of the segment below a vertebra. */
function romFacts(info: VertebraInfo): Fact[] {
  const index = VERTEBRAE.indexOf(info);
  const below = index < VERTEBRAE.length - 1 ? `${info.id}–${VERTEBRAE[index + 1]?.id}` : `${info.id}–S1`;
  return [
    rangeFact(`Flexion + extension, ${below}`, info.rom.flexionExtension),
    rangeFact(`Side bending, ${below}`, info.rom.lateralBend),
    rangeFact(`Rotation, ${below}`, info.rom.axialRotation),
  ];
}

/** The attachments, action and nerve supply of a muscle as displayed facts, all carrying the muscle's sources. */
function muscleFacts(info: MuscleInfo): Fact[] {
  const refs = info.refs;
  return [
    { label: 'Origin', value: info.origin, refs },
    { label: 'Insertion', value: info.insertion, refs },
    { label: 'Action', value: info.action, refs },
    { label: 'Nerve supply', value: info.innervation, refs },
  ];
}

/** Keeps optional text fields off the card when they are absent. */
function optionalNotes(info: MuscleInfo): Pick<StructureCard, 'disagreement' | 'articleNote'> {
  return {
    ...(info.disagreement === undefined ? {} : { disagreement: info.disagreement }),
    ...(info.articleNote === undefined ? {} : { articleNote: info.articleNote }),
  };
}

/** A uniform view of any structure for the info card. */
export function structureInfo(id: StructureId): StructureCard {
  switch (kindOf(id)) {
    case 'vertebra': {
      const info = vertebraInfo(id as VertebraId);
      const facts = [...info.facts, ...romFacts(info)];
      return { id, kind: 'vertebra', name: info.name, summary: info.summary, facts, features: info.features };
    }
    case 'disc': {
      const info = discInfo(id as DiscId);
      return { id, kind: 'disc', name: info.name, summary: info.summary, facts: info.facts, features: [] };
    }
    case 'bone': {
      const info = boneInfo(id as BoneId);
      return { id, kind: 'bone', name: info.name, summary: info.summary, facts: info.facts, features: [] };
    }
    case 'muscle': {
      const info = muscleInfo(id as MuscleId);
      const base = { id, kind: 'muscle' as const, name: info.name, summary: info.summary };
      return { ...base, facts: muscleFacts(info), features: [], ...optionalNotes(info) };
    }
    default:
      throw new Error(`Unknown structure id "${id}"`);
  }
}

/** Every reference a structure's card cites, without repeats. */
export function structureRefs(id: StructureId): ReferenceId[] {
  return [...new Set(structureInfo(id).facts.flatMap((fact) => fact.refs))];
}
