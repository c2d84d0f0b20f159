import type { ReferenceId } from '../content/references';
import type { BoneId, DiscId, MuscleId, VertebraId } from './ids';

/** One displayed fact with its sources. Estimates say so. */
export interface Fact {
  label: string;
  /** Value with its unit, as shown to people, e.g. "30.3 ± 1.9 mm". */
  value: string;
  refs: ReferenceId[];
  estimate?: boolean;
}

/** A range of motion for one segment, in degrees, with its source. */
export interface RangeFact {
  /** Degrees. */
  value: number;
  refs: ReferenceId[];
  note?: string;
}

export interface VertebraInfo {
  id: VertebraId;
  name: string;
  /** What sets this level apart, in two or three sentences. */
  summary: string;
  /** Shape features a student uses to recognise the level. */
  features: string[];
  facts: Fact[];
  /** Range of motion of the segment below this vertebra (e.g. L3 → L3/L4). */
  rom: {
    flexionExtension: RangeFact;
    lateralBend: RangeFact;
    axialRotation: RangeFact;
  };
}

export interface DiscInfo {
  id: DiscId;
  name: string;
  summary: string;
  facts: Fact[];
}

export interface BoneInfo {
  id: BoneId;
  name: string;
  summary: string;
  facts: Fact[];
}

export type MuscleGroup =
  'erector-spinae' | 'deep-back' | 'abdominal' | 'hip-flexor' | 'hip-and-thigh' | 'upper-back-and-arm';

export interface MuscleInfo {
  id: MuscleId;
  name: string;
  group: MuscleGroup;
  /** What the muscle does for the lower back, in a sentence or two. */
  summary: string;
  origin: string;
  insertion: string;
  action: string;
  innervation: string;
  refs: ReferenceId[];
  /** Where sources disagree, what each says. */
  disagreement?: string;
  /** What the article says about it, in our words, where it says anything. */
  articleNote?: string;
}
