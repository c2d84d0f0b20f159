import type { Workout } from './types';

/** Rest between warm-up moves. The article sets none; a short pause keeps the circuit flowing. */
const WARM_UP_REST_SECONDS = 15;

/**
 * The warm-up exactly as the article doses it: five moves, done as a circuit one or two times.
 * Only the rests are ours.
 */
const LOWER_BACK_WARM_UP: Workout = {
  id: 'lower-back-warm-up',
  name: 'Lower-back warm-up',
  intent:
    'Wake up the muscles that steady your spine, in several directions, before any heavy session: squats, pulls, presses or Olympic lifts. Go straight from the last round into your first working set.',
  programming: 'article',
  rounds: { min: 1, max: 2 },
  restBetweenRoundsSeconds: 60,
  items: [
    {
      exercise: 'cat-cow',
      prescription: { kind: 'hold', seconds: 60 },
      restSeconds: WARM_UP_REST_SECONDS,
      note: 'Keep moving for the whole minute, arching and rounding in time with slow breaths. Rests in this circuit are our suggestion.',
    },
    {
      exercise: 'dead-bug',
      prescription: { kind: 'reps', reps: 10, repsMax: 15, perSide: true },
      restSeconds: WARM_UP_REST_SECONDS,
    },
    {
      exercise: 'glute-bridge',
      prescription: { kind: 'hold', seconds: 30 },
      restSeconds: WARM_UP_REST_SECONDS,
      note: 'Hold the top position, hips high and ribs down.',
    },
    {
      exercise: 'cable-wood-chop',
      prescription: { kind: 'reps', reps: 10, repsMax: 15, perSide: true },
      restSeconds: WARM_UP_REST_SECONDS,
      note: 'A light stack is plenty: this is a primer, not a work set.',
    },
    {
      exercise: 'side-plank',
      prescription: { kind: 'hold', seconds: 15, secondsMax: 45, perSide: true },
      restSeconds: WARM_UP_REST_SECONDS,
    },
  ],
};

/** Gentle, mostly floor-based work: low reps, short holds, generous rest. */
const PAIN_RELIEF: Workout = {
  id: 'pain-relief',
  name: 'Pain relief',
  intent:
    'A gentle sampler to find out what your back tolerates today. Move slowly, stay well short of strain, and stop any move that sharpens pain. Sets, reps, holds and rests are our own programming.',
  programming: 'ours',
  rounds: { min: 1, max: 1 },
  restBetweenRoundsSeconds: 0,
  items: [
    {
      exercise: 'cat-cow',
      prescription: { kind: 'hold', seconds: 45, secondsMax: 60 },
      restSeconds: 30,
      note: 'Move only as far as feels easy; the range can grow over the weeks.',
    },
    {
      exercise: 'partial-curl-up',
      prescription: { kind: 'reps', reps: 6, repsMax: 8 },
      sets: 2,
      restSeconds: 45,
      note: 'Lift only your head and shoulders, and pause for a breath at the top.',
    },
    {
      exercise: 'bird-dog',
      prescription: { kind: 'reps', reps: 5, repsMax: 6, perSide: true },
      sets: 2,
      restSeconds: 45,
      note: 'Hold each reach for a slow count of three.',
    },
    {
      exercise: 'glute-bridge',
      prescription: { kind: 'reps', reps: 8, repsMax: 10 },
      sets: 2,
      restSeconds: 45,
    },
    {
      exercise: 'superman',
      prescription: { kind: 'reps', reps: 5, repsMax: 6 },
      sets: 2,
      restSeconds: 45,
      note: 'Lift arms or legs alone if lifting all four is too much.',
    },
    {
      exercise: 'plank',
      prescription: { kind: 'hold', seconds: 15, secondsMax: 20 },
      sets: 2,
      restSeconds: 45,
      note: 'Drop to your knees whenever your lower back starts to sag.',
    },
    {
      exercise: 'side-plank',
      prescription: { kind: 'hold', seconds: 10, secondsMax: 15, perSide: true },
      sets: 2,
      restSeconds: 45,
      note: 'Bent knees are a fine place to start.',
    },
  ],
};

/** Heavy hinges and a row, then loaded back and trunk work; long rests after the big lifts. */
const STRENGTH: Workout = {
  id: 'strength',
  name: 'Strength',
  intent:
    'For lifters without back pain who want a stronger, more robust lower back: heavy hinges first, then loaded accessory work. Sets, reps, holds and rests are our own programming.',
  programming: 'ours',
  rounds: { min: 1, max: 1 },
  restBetweenRoundsSeconds: 0,
  items: [
    {
      exercise: 'deadlift',
      prescription: { kind: 'reps', reps: 5 },
      sets: 4,
      restSeconds: 180,
      note: 'Work up over a few lighter sets first. Leave one or two clean reps in reserve.',
    },
    {
      exercise: 'romanian-deadlift',
      prescription: { kind: 'reps', reps: 8 },
      sets: 3,
      restSeconds: 120,
    },
    {
      exercise: 'bent-over-barbell-row',
      prescription: { kind: 'reps', reps: 8 },
      sets: 3,
      restSeconds: 120,
    },
    {
      exercise: 'back-extension',
      prescription: { kind: 'reps', reps: 10, repsMax: 12 },
      sets: 3,
      restSeconds: 90,
      note: 'Hug a plate to your chest once twelve reps feel easy.',
    },
    {
      exercise: 'side-plank',
      prescription: { kind: 'hold', seconds: 30, secondsMax: 45, perSide: true },
      sets: 2,
      restSeconds: 60,
    },
  ],
};

/** A first taste of loading the back: bodyweight work around one light hinge. */
const BEGINNERS: Workout = {
  id: 'beginners',
  name: 'Beginners',
  intent:
    'A first session for anyone new to training the lower back: learn to brace, then learn to hinge with a light load. Sets, reps, holds and rests are our own programming.',
  programming: 'ours',
  rounds: { min: 1, max: 1 },
  restBetweenRoundsSeconds: 0,
  items: [
    {
      exercise: 'bird-dog',
      prescription: { kind: 'reps', reps: 6, repsMax: 8, perSide: true },
      sets: 2,
      restSeconds: 45,
    },
    {
      exercise: 'glute-bridge',
      prescription: { kind: 'reps', reps: 10, repsMax: 12 },
      sets: 2,
      restSeconds: 45,
    },
    {
      exercise: 'superman',
      prescription: { kind: 'reps', reps: 6, repsMax: 8 },
      sets: 2,
      restSeconds: 45,
    },
    {
      exercise: 'back-extension',
      prescription: { kind: 'reps', reps: 8, repsMax: 10 },
      sets: 2,
      restSeconds: 60,
      note: 'Bodyweight only for now.',
    },
    {
      exercise: 'romanian-deadlift',
      prescription: { kind: 'reps', reps: 8, repsMax: 10 },
      sets: 2,
      restSeconds: 90,
      note: 'Start with an empty bar or a pair of light dumbbells and own the hinge before adding weight.',
    },
    {
      exercise: 'plank',
      prescription: { kind: 'hold', seconds: 20, secondsMax: 30 },
      sets: 2,
      restSeconds: 45,
    },
  ],
};

/** The article's six picks for athletes, in its order; the dosing is ours. */
const ATHLETES: Workout = {
  id: 'athletes',
  name: 'Athletes',
  intent:
    'Sport loads your spine from every direction, so this list trains it to bend, extend, twist and resist side-bending while keeping its mobility. The exercise list is the article’s; sets, reps and rests are our own programming.',
  programming: 'article',
  rounds: { min: 1, max: 1 },
  restBetweenRoundsSeconds: 0,
  items: [
    {
      exercise: 'jefferson-curl',
      prescription: { kind: 'reps', reps: 5, repsMax: 8 },
      sets: 2,
      restSeconds: 90,
      note: 'Very light weight, slow tempo, one vertebra at a time.',
    },
    {
      exercise: 'back-extension',
      prescription: { kind: 'reps', reps: 10, repsMax: 12 },
      sets: 3,
      restSeconds: 60,
    },
    {
      exercise: 'russian-twist',
      prescription: { kind: 'reps', reps: 10, repsMax: 12, perSide: true },
      sets: 3,
      restSeconds: 60,
    },
    {
      exercise: 'wood-chopper',
      prescription: { kind: 'reps', reps: 8, repsMax: 10, perSide: true },
      sets: 3,
      restSeconds: 60,
    },
    {
      exercise: 'single-leg-romanian-deadlift',
      prescription: { kind: 'reps', reps: 8, perSide: true },
      sets: 3,
      restSeconds: 60,
    },
    {
      exercise: 'side-bend',
      prescription: { kind: 'reps', reps: 10, repsMax: 12, perSide: true },
      sets: 2,
      restSeconds: 60,
    },
  ],
};

/** Every workout in the app, in display order. */
export const WORKOUTS: readonly Workout[] = [LOWER_BACK_WARM_UP, PAIN_RELIEF, STRENGTH, BEGINNERS, ATHLETES];

/** The workout with this id, or undefined when none matches. */
export function workoutById(id: string): Workout | undefined {
  return WORKOUTS.find((workout) => workout.id === id);
}
