import { create } from 'zustand';
import { workoutById } from '../domain/content/workouts';
import { clampRounds, expandWorkout, stepSeconds, type PlanStep } from '../domain/content/workoutPlan';

const plans = new Map<string, readonly PlanStep[]>();

/** The steps of a workout at a number of rounds, expanded once and kept. Empty for an unknown workout. */
export function workoutPlan(workoutId: string | null, rounds: number): readonly PlanStep[] {
  if (!workoutId) return [];
  const key = `${workoutId}:${rounds}`;
  let plan = plans.get(key);
  if (!plan) {
    const workout = workoutById(workoutId);
    plan = workout ? expandWorkout(workout, rounds) : [];
    plans.set(key, plan);
  }
  return plan;
}

interface WorkoutState {
  /** The workout being played, or null. */
  workoutId: string | null;
  rounds: number;
  /** Position in the expanded plan. */
  stepIndex: number;
  /** Seconds spent in the current step, counted only while not paused. */
  elapsed: number;
  paused: boolean;
  /** True once the last step has run out. */
  finished: boolean;
  /** Starts a workout at its first step, or at a given step and round count. Unknown ids are ignored. */
  start: (workoutId: string, options?: { rounds?: number; stepIndex?: number }) => void;
  goTo: (stepIndex: number) => void;
  next: () => void;
  back: () => void;
  /** Adds real seconds to the current step and moves on when it is done; reps run at `repSeconds` each. */
  tick: (seconds: number, repSeconds: number) => void;
  setPaused: (paused: boolean) => void;
  stop: () => void;
}

export const useWorkoutStore = create<WorkoutState>()((set, get) => ({
  workoutId: null,
  rounds: 1,
  stepIndex: 0,
  elapsed: 0,
  paused: false,
  finished: false,
  start: (workoutId, options = {}) => {
    const workout = workoutById(workoutId);
    if (!workout) return;
    const rounds = clampRounds(workout, options.rounds ?? workout.rounds.min);
    const last = workoutPlan(workoutId, rounds).length - 1;
    const stepIndex = Math.min(last, Math.max(0, Math.floor(options.stepIndex ?? 0)));
    const s = get();
    if (s.workoutId === workoutId && s.rounds === rounds && s.stepIndex === stepIndex && !s.finished) return;
    set({ workoutId, rounds, stepIndex, elapsed: 0, paused: false, finished: false });
  },
  goTo: (stepIndex) => {
    const { workoutId, rounds } = get();
    const last = workoutPlan(workoutId, rounds).length - 1;
    if (last < 0) return;
    const index = Math.min(last, Math.max(0, Math.floor(stepIndex)));
    if (index === get().stepIndex && get().elapsed === 0 && !get().finished) return;
    set({ stepIndex: index, elapsed: 0, finished: false });
  },
  next: () => {
    const { workoutId, rounds, stepIndex, finished } = get();
    const steps = workoutPlan(workoutId, rounds);
    if (steps.length === 0 || finished) return;
    if (stepIndex >= steps.length - 1) set({ finished: true, elapsed: 0 });
    else set({ stepIndex: stepIndex + 1, elapsed: 0 });
  },
  back: () => {
    const { finished, stepIndex, elapsed } = get();
    if (finished) set({ finished: false, elapsed: 0 });
    // A step well under way starts over; otherwise go to the one before.
    else if (elapsed > 3 || stepIndex === 0) get().goTo(stepIndex);
    else get().goTo(stepIndex - 1);
  },
  tick: (seconds, repSeconds) => {
    const { workoutId, rounds, stepIndex, elapsed, paused, finished } = get();
    if (!workoutId || paused || finished || !(seconds > 0)) return;
    const step = workoutPlan(workoutId, rounds)[stepIndex];
    if (!step) return;
    const total = elapsed + seconds;
    if (total >= stepSeconds(step, repSeconds)) get().next();
    else set({ elapsed: total });
  },
  setPaused: (paused) => {
    if (get().paused !== paused) set({ paused });
  },
  stop: () => {
    if (get().workoutId !== null) set({ workoutId: null, stepIndex: 0, elapsed: 0, paused: false, finished: false });
  },
}));
