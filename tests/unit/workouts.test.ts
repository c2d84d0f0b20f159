import { describe, expect, it } from 'vitest';
import type { Prescription } from '../../src/domain/content/types';
import { WORKOUTS, workoutById } from '../../src/domain/content/workouts';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('WORKOUTS', () => {
  it('holds the five workouts, each with a unique kebab-case id', () => {
    const ids = WORKOUTS.map((workout) => workout.id);
    expect(ids).toEqual(['lower-back-warm-up', 'pain-relief', 'strength', 'beginners', 'athletes']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE);
  });

  it('finds each workout by id and returns undefined for an unknown id', () => {
    for (const workout of WORKOUTS) expect(workoutById(workout.id)).toBe(workout);
    expect(workoutById('no-such-workout')).toBeUndefined();
  });

  it('gives the warm-up exactly as the article prescribes it', () => {
    const warmUp = workoutById('lower-back-warm-up');
    expect(warmUp?.programming).toBe('article');
    expect(warmUp?.rounds).toEqual({ min: 1, max: 2 });
    expect(warmUp?.items.map(({ exercise, prescription, sets }) => ({ exercise, prescription, sets }))).toEqual([
      { exercise: 'cat-cow', prescription: { kind: 'hold', seconds: 60 }, sets: undefined },
      { exercise: 'dead-bug', prescription: { kind: 'reps', reps: 10, repsMax: 15, perSide: true }, sets: undefined },
      { exercise: 'glute-bridge', prescription: { kind: 'hold', seconds: 30 }, sets: undefined },
      {
        exercise: 'cable-wood-chop',
        prescription: { kind: 'reps', reps: 10, repsMax: 15, perSide: true },
        sets: undefined,
      },
      {
        exercise: 'side-plank',
        prescription: { kind: 'hold', seconds: 15, secondsMax: 45, perSide: true },
        sets: undefined,
      },
    ]);
  });

  it('lists the article’s six exercises for athletes in its order, with our dosing declared', () => {
    const athletes = workoutById('athletes');
    expect(athletes?.programming).toBe('article');
    // Each id is paired with its place in the article's list.
    expect(athletes?.items.map((item, index) => [index + 1, item.exercise])).toEqual([
      [1, 'jefferson-curl'],
      [2, 'back-extension'],
      [3, 'russian-twist'],
      [4, 'wood-chopper'],
      [5, 'single-leg-romanian-deadlift'],
      [6, 'side-bend'],
    ]);
    expect(athletes?.intent).toMatch(/our own programming/);
  });

  it('says in the intent when the programming is ours', () => {
    for (const workout of WORKOUTS.filter((w) => w.programming === 'ours')) {
      expect(workout.intent, workout.id).toMatch(/our own programming/);
    }
  });

  it('uses only positive, whole doses with ordered ranges', () => {
    for (const workout of WORKOUTS) {
      expect(workout.name.length, workout.id).toBeGreaterThan(0);
      expect(workout.items.length, workout.id).toBeGreaterThan(0);
      expect(Number.isInteger(workout.rounds.min) && workout.rounds.min >= 1, workout.id).toBe(true);
      expect(workout.rounds.max, workout.id).toBeGreaterThanOrEqual(workout.rounds.min);
      expect(workout.restBetweenRoundsSeconds, workout.id).toBeGreaterThanOrEqual(0);
      for (const item of workout.items) {
        const where = `${workout.id}/${item.exercise}`;
        expect(item.exercise, where).toMatch(KEBAB_CASE);
        expect(item.restSeconds, where).toBeGreaterThanOrEqual(0);
        if (item.sets !== undefined) expect(Number.isInteger(item.sets) && item.sets >= 1, where).toBe(true);
        const [low, high] = doseBounds(item.prescription);
        expect(Number.isInteger(low) && low > 0, where).toBe(true);
        expect(Number.isInteger(high) && high >= low, where).toBe(true);
      }
    }
  });
});

/** The lower and upper end of a dose; both ends are equal when no range is given. */
function doseBounds(prescription: Prescription): [number, number] {
  return prescription.kind === 'reps'
    ? [prescription.reps, prescription.repsMax ?? prescription.reps]
    : [prescription.seconds, prescription.secondsMax ?? prescription.seconds];
}
