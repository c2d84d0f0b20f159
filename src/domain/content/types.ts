import type { MuscleId } from '../anatomy/ids';
import type { ReferenceId } from './references';

/** The article's two groups of exercises. */
export type ExerciseGroup = 'strength' | 'pain-relief';

/**
 * Named movement phases. An exercise lists the ones it uses, in order; the motion data binds each
 * to a time window. For exercises done on each side in turn the phases describe one side and the
 * clip plays them once per side.
 */
export const PHASE_IDS = [
  'setup',
  'brace',
  'descent',
  'bottom',
  'ascent',
  'lockout',
  'hold',
  'return',
  'pull',
  'squeeze',
  'lower',
  'lift',
  'reach',
  'arch',
  'round',
  'hike',
  'drive',
  'float',
  'rotate',
  'chop',
] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** Readable names for phases, for timelines and step lists. */
export const PHASE_LABELS: Record<PhaseId, string> = {
  setup: 'Set up',
  brace: 'Brace',
  descent: 'Lower',
  bottom: 'Bottom',
  ascent: 'Rise',
  lockout: 'Lock out',
  hold: 'Hold',
  return: 'Return',
  pull: 'Pull',
  squeeze: 'Squeeze',
  lower: 'Lower',
  lift: 'Lift',
  reach: 'Reach',
  arch: 'Arch',
  round: 'Round',
  hike: 'Hike',
  drive: 'Drive',
  float: 'Float',
  rotate: 'Rotate',
  chop: 'Chop',
};

export const EQUIPMENT_IDS = [
  'barbell',
  'squat-rack',
  'weight-plate',
  'dumbbell',
  'kettlebell',
  'medicine-ball',
  'back-extension-station',
  'glute-ham-developer',
  'plyo-box',
  'cable-station',
  'bench',
  'mat',
] as const;
export type EquipmentId = (typeof EQUIPMENT_IDS)[number];

export const EQUIPMENT_LABELS: Record<EquipmentId, string> = {
  barbell: 'Barbell',
  'squat-rack': 'Squat rack',
  'weight-plate': 'Weight plate',
  dumbbell: 'Dumbbell',
  kettlebell: 'Kettlebell',
  'medicine-ball': 'Medicine ball',
  'back-extension-station': 'Back-extension station',
  'glute-ham-developer': 'Glute-ham developer',
  'plyo-box': 'Plyo box',
  'cable-station': 'Cable station',
  bench: 'Bench',
  mat: 'Mat',
};

export type Contraction = 'concentric' | 'eccentric' | 'isometric';
export type MuscleRole = 'prime-mover' | 'synergist' | 'stabiliser';

/** Where a number comes from: a listed reference, or our own estimate with its reasoning. */
export type Provenance = { kind: 'cited'; ref: ReferenceId; detail: string } | { kind: 'estimate'; reasoning: string };

/** A muscle's work in one phase. */
export interface PhaseWork {
  contraction: Contraction;
  /** Share of the muscle's peak load in this phase, 0–1. Our estimate from what the phase asks. */
  effort: number;
}

/** One muscle that an exercise loads. */
export interface MuscleLoad {
  muscle: MuscleId;
  role: MuscleRole;
  /** Relative peak load, 0–1 (a published %MVIC divided by 100 where one exists). */
  load: number;
  loadSource: Provenance;
  /** The muscle's work in every phase the exercise lists. */
  phases: Partial<Record<PhaseId, PhaseWork>>;
}

/** One instruction, tied to the phase in which it applies. */
export interface Step {
  phase: PhaseId;
  /** A full sentence of coaching, second person. */
  text: string;
  /** A short cue of a few words to show in step with the movement. */
  cue: string;
}

export interface Variation {
  name: string;
  description: string;
  /** Where the variation sits relative to the main exercise. */
  kind: 'easier' | 'harder' | 'alternative';
}

/** A dose: reps or a hold. A range (e.g. 10–15 reps) gives its upper end in `repsMax` / `secondsMax`. */
export type Prescription =
  | { kind: 'reps'; reps: number; repsMax?: number; perSide?: boolean }
  | { kind: 'hold'; seconds: number; secondsMax?: number; perSide?: boolean };

/** How the exercise uses the two sides of the body. */
export type Sidedness = 'bilateral' | 'each-side';

export interface Exercise {
  /** Stable kebab-case id. */
  id: string;
  name: string;
  group: ExerciseGroup;
  /** True for the article's 15; false for the ones its workouts call for. */
  fromArticle: boolean;
  equipment: EquipmentId[];
  /** Why it trains the lower back: two or three sentences. */
  why: string;
  sidedness: Sidedness;
  /** Phases in playing order (for one side when sidedness is 'each-side'). */
  phases: PhaseId[];
  steps: Step[];
  easier: string;
  harder: string;
  tip: string;
  variations: Variation[];
  prescription: Prescription;
  safety: string[];
  loads: MuscleLoad[];
}

/** One exercise in a workout. */
export interface WorkoutItem {
  /** An exercise id. */
  exercise: string;
  prescription: Prescription;
  /** Sets of this item in one round; 1 when omitted. */
  sets?: number;
  /** Rest after each set, in seconds. */
  restSeconds: number;
  note?: string;
}

export interface Workout {
  /** Stable kebab-case id. */
  id: string;
  name: string;
  /** What the workout is for, in a sentence or two. */
  intent: string;
  /** 'article' where the article prescribes the table; 'ours' where the programming is our own. */
  programming: 'article' | 'ours';
  /** How many times the list is done: a range where the source gives one. */
  rounds: { min: number; max: number };
  /** Rest between rounds, in seconds. */
  restBetweenRoundsSeconds: number;
  items: WorkoutItem[];
}
