import { describe, expect, it } from 'vitest';
import { EXERCISES, exerciseById, exercisesInGroup } from '../../src/domain/content/exercises';
import { exercisesForMuscle } from '../../src/domain/content/exercisesForMuscle';
import { WORKOUTS } from '../../src/domain/content/workouts';
import { EQUIPMENT_IDS, PHASE_IDS } from '../../src/domain/content/types';
import { isReferenceId } from '../../src/domain/content/references';
import { MUSCLE_IDS, isMuscleId } from '../../src/domain/anatomy/ids';

// The article numbers its exercises 1–15; the numbers keep the order explicit.
const ARTICLE_NUMBERING: Record<number, string> = {
  1: 'deadlift',
  2: 'romanian-deadlift',
  3: 'bent-over-barbell-row',
  4: 'good-morning',
  5: 'back-extension',
  6: 'kettlebell-swing',
  7: 'glute-hamstring-raise',
  8: 'jefferson-curl',
  9: 'cat-cow',
  10: 'partial-curl-up',
  11: 'lying-leg-raise',
  12: 'plank',
  13: 'bird-dog',
  14: 'superman',
  15: 'side-plank',
};
const ARTICLE_EXERCISES = Object.keys(ARTICLE_NUMBERING)
  .map(Number)
  .sort((a, b) => a - b)
  .map((n) => ARTICLE_NUMBERING[n]);
// The seven more that the article's workouts call for, alphabetically.
const WORKOUT_EXTRAS = [
  'cable-wood-chop',
  'dead-bug',
  'glute-bridge',
  'russian-twist',
  'side-bend',
  'single-leg-romanian-deadlift',
  'wood-chopper',
];

describe('exercise catalogue', () => {
  it('holds the article’s 15 and the 7 its workouts call for, each once', () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ARTICLE_EXERCISES, ...WORKOUT_EXTRAS].sort());
    for (const id of ARTICLE_EXERCISES) expect(exerciseById(id)?.fromArticle, id).toBe(true);
    for (const id of WORKOUT_EXTRAS) expect(exerciseById(id)?.fromArticle, id).toBe(false);
  });

  it('keeps the article’s grouping', () => {
    expect(
      exercisesInGroup('strength')
        .filter((e) => e.fromArticle)
        .map((e) => e.id),
    ).toEqual(ARTICLE_EXERCISES.slice(0, 8));
    expect(
      exercisesInGroup('pain-relief')
        .filter((e) => e.fromArticle)
        .map((e) => e.id),
    ).toEqual(ARTICLE_EXERCISES.slice(8));
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s is complete and consistent', (_id, exercise) => {
    expect(exercise.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(exercise.phases.length).toBeGreaterThanOrEqual(2);
    expect(new Set(exercise.phases).size).toBe(exercise.phases.length);
    for (const phase of exercise.phases) expect(PHASE_IDS).toContain(phase);
    for (const item of exercise.equipment) expect(EQUIPMENT_IDS).toContain(item);

    expect(exercise.steps.length).toBeGreaterThanOrEqual(3);
    const stepPhases = exercise.steps.map((s) => exercise.phases.indexOf(s.phase));
    expect(stepPhases.every((i) => i >= 0)).toBe(true);
    expect([...stepPhases].sort((a, b) => a - b)).toEqual(stepPhases);
    for (const phase of exercise.phases)
      expect(
        exercise.steps.some((s) => s.phase === phase),
        phase,
      ).toBe(true);
    for (const step of exercise.steps) {
      expect(step.text.length).toBeGreaterThan(20);
      expect(step.cue.split(/\s+/).length).toBeLessThanOrEqual(6);
    }

    expect(exercise.easier.length).toBeGreaterThan(10);
    expect(exercise.harder.length).toBeGreaterThan(10);
    expect(exercise.tip.length).toBeGreaterThan(10);
    expect(exercise.safety.length).toBeGreaterThan(0);
    expect(exercise.why.length).toBeGreaterThan(40);

    const p = exercise.prescription;
    if (p.kind === 'reps') expect(p.reps).toBeGreaterThan(0);
    else expect(p.seconds).toBeGreaterThan(0);

    expect(exercise.loads.some((l) => l.role === 'prime-mover')).toBe(true);
    const muscles = exercise.loads.map((l) => l.muscle);
    expect(new Set(muscles).size).toBe(muscles.length);
    for (const load of exercise.loads) {
      expect(isMuscleId(load.muscle), load.muscle).toBe(true);
      expect(load.load).toBeGreaterThan(0);
      expect(load.load).toBeLessThanOrEqual(1);
      if (load.loadSource.kind === 'cited') {
        expect(isReferenceId(load.loadSource.ref), load.loadSource.ref).toBe(true);
        expect(load.loadSource.detail.length).toBeGreaterThan(10);
      } else {
        expect(load.loadSource.reasoning.length, `${load.muscle} estimate needs a reason`).toBeGreaterThan(10);
      }
      for (const phase of exercise.phases) {
        const work = load.phases[phase];
        expect(work, `${load.muscle} in ${phase}`).toBeDefined();
        expect(work!.effort).toBeGreaterThanOrEqual(0);
        expect(work!.effort).toBeLessThanOrEqual(1);
      }
      for (const phase of Object.keys(load.phases)) expect(exercise.phases).toContain(phase);
    }
  });

  it('names the article’s safety points', () => {
    expect(exerciseById('good-morning')!.safety.join(' ')).toMatch(/failure/i);
    expect(exerciseById('jefferson-curl')!.safety.join(' ')).toMatch(/light/i);
  });
});

describe('workouts', () => {
  it('resolve every item to an exercise', () => {
    for (const workout of WORKOUTS) {
      for (const item of workout.items)
        expect(exerciseById(item.exercise), `${workout.id}: ${item.exercise}`).toBeDefined();
    }
  });
});

describe('muscle → exercises', () => {
  it('is derived from the loads, heaviest first', () => {
    for (const muscle of MUSCLE_IDS) {
      const uses = exercisesForMuscle(muscle);
      const expected = EXERCISES.filter((e) => e.loads.some((l) => l.muscle === muscle)).length;
      expect(uses.length, muscle).toBe(expected);
      for (let i = 1; i < uses.length; i++) expect(uses[i - 1].load.load).toBeGreaterThanOrEqual(uses[i].load.load);
    }
    expect(exercisesForMuscle('longissimus-lumborum').length).toBeGreaterThan(5);
  });
});
