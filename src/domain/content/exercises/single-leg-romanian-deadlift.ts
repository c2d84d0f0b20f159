import type { Exercise } from '../types';

/** Single-leg Romanian deadlift: a one-legged hip hinge with a dumbbell in the opposite hand. */
export const singleLegRomanianDeadlift: Exercise = {
  id: 'single-leg-romanian-deadlift',
  name: 'Single-Leg Romanian Deadlift',
  group: 'strength',
  fromArticle: false,
  equipment: ['dumbbell'],
  why:
    'Hinging on one leg makes your lower back and hips resist twisting and tipping as well as bending, which is much closer to what sport asks of them. ' +
    'It trains the same hinge as the two-legged version with a far lighter weight, and you can start with body weight alone.',
  sidedness: 'each-side',
  phases: ['setup', 'brace', 'descent', 'bottom', 'ascent'],
  steps: [
    {
      phase: 'setup',
      text: 'Stand on your right foot with a soft knee and hold a dumbbell in your left hand, letting it hang beside your thigh.',
      cue: 'Right foot, left hand',
    },
    {
      phase: 'brace',
      text: 'Breathe in, tighten your trunk, and point both hips straight ahead.',
      cue: 'Hips square',
    },
    {
      phase: 'descent',
      text: 'Hinge at your right hip, reaching the dumbbell toward the floor as your left leg swings back in line with your body.',
      cue: 'Reach down, leg back',
    },
    {
      phase: 'bottom',
      text: 'Pause when you feel a stretch in the back of your standing leg, with your back flat and your hips still level.',
      cue: 'Level hips, flat back',
    },
    {
      phase: 'ascent',
      text: 'Drive your right hip forward to stand tall again, bringing your left leg back down beside it.',
      cue: 'Hip forward, stand tall',
    },
  ],
  easier: 'Use body weight only, or let the toes of your back foot touch the floor lightly for balance.',
  harder: 'Use a heavier dumbbell, or hold one in each hand.',
  tip: 'Point the toes of your back leg at the floor; it keeps your hips square instead of opening toward the ceiling.',
  variations: [
    {
      name: 'Body-weight single-leg RDL',
      description: 'No weight at all, so you can learn the balance and the hinge before adding load.',
      kind: 'easier',
    },
    {
      name: 'Kickstand RDL',
      description:
        'Your back foot rests on its toes a little behind you like a kickstand, so you can lift more with less balance.',
      kind: 'easier',
    },
    {
      name: 'Two-dumbbell single-leg RDL',
      description: 'A dumbbell in each hand roughly doubles the load while keeping it balanced across your body.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 8, repsMax: 10, perSide: true },
  safety: [
    'Hinge only as deep as you can keep your hips level and your back flat.',
    'Stand within reach of a wall or rack so you can steady yourself if you lose balance.',
  ],
  loads: [
    {
      muscle: 'gluteus-maximus',
      role: 'prime-mover',
      load: 0.5,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Extends the standing hip against body weight plus a dumbbell; set near the two-legged RDL figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.3 },
        descent: { contraction: 'eccentric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 0.9 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'hamstrings',
      role: 'prime-mover',
      load: 0.55,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Lengthen and then pull the standing hip through as in the RDL, with a lighter weight; set just below it.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.3 },
        descent: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'concentric', effort: 0.9 },
      },
    },
    {
      muscle: 'gluteus-medius',
      role: 'stabiliser',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the pelvis level over one leg for the whole rep; single-leg stance asks far more of it than a two-legged hinge.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.6 },
        brace: { contraction: 'isometric', effort: 0.6 },
        descent: { contraction: 'isometric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'longissimus-lumborum',
      role: 'stabiliser',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Holds the spine still through the hinge with a light dumbbell; set below the barbell hinges.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.4 },
        descent: { contraction: 'isometric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'stabiliser',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Works alongside the lumbar longissimus to keep the spine still; given the same figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.4 },
        descent: { contraction: 'isometric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Stiffens each lumbar segment and resists the twist of a one-sided load; set with the erector spinae here.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.4 },
        descent: { contraction: 'isometric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'external-oblique',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Stops the trunk turning toward the dumbbell side; a light one-sided load, so set low.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.6 },
        descent: { contraction: 'isometric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'adductor-magnus',
      role: 'synergist',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Its hamstring part helps extend the standing hip; set as in the RDL.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.3 },
        descent: { contraction: 'eccentric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 0.8 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
  ],
};
