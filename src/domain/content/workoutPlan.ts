import type { Prescription, Workout } from './types';

/**
 * Seconds per rep when the animation's own length is unknown. A controlled tempo of about two seconds each
 * way; coaching judgement for pacing the counter, not a measured figure.
 */
export const DEFAULT_REP_SECONDS = 4;

/** One set of one exercise (or one side of it, for holds done on each side). */
export interface WorkStep {
  kind: 'work';
  /** Exercise id. */
  exercise: string;
  /** Position of the exercise in the workout's list, from 0. */
  itemIndex: number;
  /** Set number, from 1, and the sets of this exercise in one round. */
  set: number;
  sets: number;
  /** Round number, from 1, and the rounds in this plan. */
  round: number;
  rounds: number;
  /** The side being worked for holds split by side; null when both sides share the step. */
  side: 'right' | 'left' | null;
  prescription: Prescription;
  note?: string;
}

/** A pause between two work steps. */
export interface RestStep {
  kind: 'rest';
  seconds: number;
  round: number;
  rounds: number;
  /** What comes after the rest: another set, a new exercise, or a new round. */
  before: 'set' | 'exercise' | 'round';
  /** Exercise id of the next work step. */
  next: string;
}

export type PlanStep = WorkStep | RestStep;

/** The rounds a plan may hold for this workout: the request, kept inside the workout's range. */
export function clampRounds(workout: Workout, rounds: number): number {
  if (!Number.isFinite(rounds)) return workout.rounds.min;
  return Math.min(workout.rounds.max, Math.max(workout.rounds.min, Math.round(rounds)));
}

/** The work steps of one set: one step, or two (right, then left) for a hold done on each side. */
function setSteps(base: Omit<WorkStep, 'side'>): WorkStep[] {
  const p = base.prescription;
  if (p.kind === 'hold' && p.perSide) {
    return [
      { ...base, side: 'right' },
      { ...base, side: 'left' },
    ];
  }
  return [{ ...base, side: null }];
}

/**
 * Expands a workout into the ordered work and rest steps of a session: every set of every exercise, round by
 * round, with the listed rest after each set. The last set of a round rests for the longer of its own rest and
 * the rest between rounds; the session ends on the final set, with no rest after it.
 */
export function expandWorkout(workout: Workout, rounds: number = workout.rounds.min): PlanStep[] {
  const roundCount = clampRounds(workout, rounds);
  const work: WorkStep[][] = [];
  for (let round = 1; round <= roundCount; round++) {
    workout.items.forEach((item, itemIndex) => {
      const sets = Math.max(1, item.sets ?? 1);
      for (let set = 1; set <= sets; set++) {
        const base = {
          kind: 'work' as const,
          exercise: item.exercise,
          itemIndex,
          set,
          sets,
          round,
          rounds: roundCount,
        };
        work.push(setSteps({ ...base, prescription: item.prescription, ...(item.note ? { note: item.note } : {}) }));
      }
    });
  }

  const steps: PlanStep[] = [];
  work.forEach((group, i) => {
    steps.push(...group);
    const after = work[i + 1]?.[0];
    if (!after) return;
    const current = group[0];
    const item = workout.items[current.itemIndex];
    let seconds = item.restSeconds;
    let before: RestStep['before'] = after.itemIndex === current.itemIndex ? 'set' : 'exercise';
    if (after.round !== current.round) {
      seconds = Math.max(seconds, workout.restBetweenRoundsSeconds);
      before = 'round';
    }
    if (seconds > 0)
      steps.push({ kind: 'rest', seconds, round: current.round, rounds: roundCount, before, next: after.exercise });
  });
  return steps;
}

/** How long a step runs before the player moves on, in seconds: the hold, the rest, or the reps at a given pace. */
export function stepSeconds(step: PlanStep, repSeconds: number = DEFAULT_REP_SECONDS): number {
  if (step.kind === 'rest') return step.seconds;
  const p = step.prescription;
  if (p.kind === 'hold') return p.seconds;
  const pace = repSeconds > 0 ? repSeconds : DEFAULT_REP_SECONDS;
  return p.reps * pace;
}

/** Reps finished after some seconds of a rep step at a given pace, never more than the target. */
export function repsDone(step: WorkStep, elapsedSeconds: number, repSeconds: number = DEFAULT_REP_SECONDS): number {
  if (step.prescription.kind !== 'reps') return 0;
  const pace = repSeconds > 0 ? repSeconds : DEFAULT_REP_SECONDS;
  return Math.min(step.prescription.reps, Math.floor(Math.max(0, elapsedSeconds) / pace));
}

/** The first work step after position `index`, or null at the end. */
export function nextWork(steps: readonly PlanStep[], index: number): WorkStep | null {
  for (let i = index + 1; i < steps.length; i++) {
    const step = steps[i];
    if (step.kind === 'work') return step;
  }
  return null;
}

/** The work step at or before position `index`, or the first work step when there is none before. */
export function currentWork(steps: readonly PlanStep[], index: number): WorkStep | null {
  for (let i = Math.min(index, steps.length - 1); i >= 0; i--) {
    const step = steps[i];
    if (step.kind === 'work') return step;
  }
  return nextWork(steps, -1);
}

/** The whole plan's length at a given pace, in seconds. */
export function planSeconds(steps: readonly PlanStep[], repSeconds: number = DEFAULT_REP_SECONDS): number {
  return steps.reduce((sum, step) => sum + stepSeconds(step, repSeconds), 0);
}
