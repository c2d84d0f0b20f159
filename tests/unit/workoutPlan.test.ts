import { describe, expect, it } from 'vitest';
import { workoutById } from '../../src/domain/content/workouts';
import {
  DEFAULT_REP_SECONDS,
  clampRounds,
  currentWork,
  expandWorkout,
  nextWork,
  planSeconds,
  repsDone,
  stepSeconds,
  type PlanStep,
  type WorkStep,
} from '../../src/domain/content/workoutPlan';
import type { Workout } from '../../src/domain/content/types';

function workout(id: string): Workout {
  const found = workoutById(id);
  if (!found) throw new Error(`no workout ${id}`);
  return found;
}

/** A compact picture of a plan: "exercise#set" for work (with side), "rest:seconds:before" for rests. */
function outline(steps: readonly PlanStep[]): string[] {
  return steps.map((s) =>
    s.kind === 'work' ? `${s.exercise}#${s.set}${s.side ? `:${s.side}` : ''}` : `rest:${s.seconds}:${s.before}`,
  );
}

describe('expandWorkout', () => {
  it('lists every set with its rest, and no rest after the final set', () => {
    const steps = expandWorkout(workout('strength'));
    const o = outline(steps);
    expect(o.slice(0, 8)).toEqual([
      'deadlift#1',
      'rest:180:set',
      'deadlift#2',
      'rest:180:set',
      'deadlift#3',
      'rest:180:set',
      'deadlift#4',
      'rest:180:exercise',
    ]);
    expect(o[8]).toBe('romanian-deadlift#1');
    expect(steps[steps.length - 1].kind).toBe('work');
    const work = steps.filter((s): s is WorkStep => s.kind === 'work');
    // 4 + 3 + 3 + 3 sets, then 2 side-plank sets split into right and left.
    expect(work).toHaveLength(4 + 3 + 3 + 3 + 2 * 2);
  });

  it('splits a hold done on each side into right then left, with no rest between the sides', () => {
    const o = outline(expandWorkout(workout('strength')));
    const first = o.indexOf('side-plank#1:right');
    expect(o.slice(first, first + 5)).toEqual([
      'side-plank#1:right',
      'side-plank#1:left',
      'rest:60:set',
      'side-plank#2:right',
      'side-plank#2:left',
    ]);
  });

  it('keeps reps done on each side as one step', () => {
    const steps = expandWorkout(workout('lower-back-warm-up'));
    const deadBug = steps.filter((s) => s.kind === 'work' && s.exercise === 'dead-bug');
    expect(deadBug).toHaveLength(1);
    expect(deadBug[0]).toMatchObject({ side: null, prescription: { kind: 'reps', reps: 10, perSide: true } });
  });

  it('repeats the list for each round, resting the longer of the set rest and the round rest in between', () => {
    const warmUp = workout('lower-back-warm-up');
    const one = expandWorkout(warmUp, 1);
    const two = expandWorkout(warmUp, 2);
    const roundRests = two.filter((s) => s.kind === 'rest' && s.before === 'round');
    expect(roundRests).toEqual([
      {
        kind: 'rest',
        seconds: Math.max(15, warmUp.restBetweenRoundsSeconds),
        round: 1,
        rounds: 2,
        before: 'round',
        next: 'cat-cow',
      },
    ]);
    expect(two).toHaveLength(one.length * 2 + 1);
    expect(two.filter((s) => s.kind === 'work' && s.round === 2)).toHaveLength(
      one.filter((s) => s.kind === 'work').length,
    );
  });

  it('names the next exercise on every rest', () => {
    const steps = expandWorkout(workout('beginners'));
    steps.forEach((step, i) => {
      if (step.kind === 'rest') expect(step.next).toBe(nextWork(steps, i)?.exercise);
    });
  });

  it('keeps the rounds inside the workout range', () => {
    const warmUp = workout('lower-back-warm-up');
    expect(clampRounds(warmUp, 5)).toBe(2);
    expect(clampRounds(warmUp, 0)).toBe(1);
    expect(clampRounds(warmUp, Number.NaN)).toBe(1);
    expect(expandWorkout(warmUp, 9)).toEqual(expandWorkout(warmUp, 2));
  });
});

describe('step timing', () => {
  const steps = expandWorkout(workout('lower-back-warm-up'));
  const catCow = steps[0] as WorkStep;
  const deadBug = steps.find((s) => s.kind === 'work' && s.exercise === 'dead-bug') as WorkStep;

  it('runs a hold for its seconds, reps at the pace, and a rest for its length', () => {
    expect(stepSeconds(catCow)).toBe(60);
    expect(stepSeconds(deadBug, 3)).toBe(30);
    expect(stepSeconds(deadBug)).toBe(10 * DEFAULT_REP_SECONDS);
    expect(stepSeconds(deadBug, 0)).toBe(10 * DEFAULT_REP_SECONDS);
    expect(stepSeconds(steps[1])).toBe(15);
  });

  it('counts finished reps and never past the target', () => {
    expect(repsDone(deadBug, 0, 3)).toBe(0);
    expect(repsDone(deadBug, 2.9, 3)).toBe(0);
    expect(repsDone(deadBug, 3, 3)).toBe(1);
    expect(repsDone(deadBug, 999, 3)).toBe(10);
    expect(repsDone(catCow, 30, 3)).toBe(0);
  });

  it('finds the work step at and after a position', () => {
    expect(currentWork(steps, 1)).toBe(catCow);
    expect(nextWork(steps, 0)).toBe(deadBug);
    expect(nextWork(steps, steps.length - 1)).toBeNull();
  });

  it('adds up a whole session', () => {
    const total = steps.reduce((sum, s) => sum + stepSeconds(s, 2), 0);
    expect(planSeconds(steps, 2)).toBe(total);
    expect(total).toBeGreaterThan(0);
  });
});
