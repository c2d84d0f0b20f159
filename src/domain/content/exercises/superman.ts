import type { Exercise } from '../types';

/** Superman: a face-down lift of arms and legs that wakes up the back and glutes together. */
export const superman: Exercise = {
  id: 'superman',
  name: 'Superman',
  group: 'pain-relief',
  fromArticle: true,
  equipment: ['mat'],
  why:
    'Lying face down, you switch on your back extensors and glutes as a team, with no weight to hold and nothing to balance on. ' +
    'It is a beginner-friendly way to learn what those muscles feel like working, and it primes them before harder lifts.',
  sidedness: 'bilateral',
  phases: ['setup', 'lift', 'hold', 'lower'],
  steps: [
    {
      phase: 'setup',
      text: 'Lie on your front with your legs straight and your arms stretched out beyond your head, palms resting on the floor.',
      cue: 'Long and flat',
    },
    {
      phase: 'lift',
      text: 'Breathe out and let your back and glutes raise your hands and feet just clear of the floor; a small lift is plenty.',
      cue: 'Hands and feet up',
    },
    {
      phase: 'hold',
      text: 'Stay up for a moment, breathing evenly, with your gaze on the floor so your neck stays long.',
      cue: 'Hold and breathe',
    },
    {
      phase: 'lower',
      text: 'Let your arms and legs come back down to the floor slowly, and rest before the next one.',
      cue: 'Ease back down',
    },
  ],
  easier: 'Lift only your legs, or only your arms, instead of all four at once.',
  harder: 'Stay in the lifted position for several seconds on every repetition.',
  tip: 'Keep breathing and take your time between reps; rushing and holding your breath can bring on cramps.',
  variations: [
    {
      name: 'Arms-only or legs-only superman',
      description: 'Raise just your arms, or just your legs, so fewer muscles work at once.',
      kind: 'easier',
    },
    {
      name: 'Long-hold superman',
      description: 'Hold each lift for several seconds before lowering.',
      kind: 'harder',
    },
    {
      name: 'Alternating superman',
      description: 'Lift one arm and the opposite leg together, then swap, for a lighter and more rhythmic version.',
      kind: 'alternative',
    },
  ],
  prescription: { kind: 'reps', reps: 8, repsMax: 10 },
  safety: [
    'Lift only a little; cranking your back into a deep arch adds load without adding benefit.',
    'Keep it gentle and stop if pain gets sharper or a cramp starts.',
  ],
  loads: [
    {
      muscle: 'longissimus-lumborum',
      role: 'prime-mover',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Lifts the trunk a little against body weight; set under the ≈50% MVC konrad-2001 gives only at end range with hip extension.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'prime-mover',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Extends the lumbar spine alongside longissimus; the same share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'synergist',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Segmental extensor working with the erector spinae; a little above the bird dog’s cited 0.35 as all four limbs lift.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'longissimus-thoracis',
      role: 'synergist',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Raises the chest and arms; a little above its cited bird dog midpoint of 0.30 since the chest lifts too.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'gluteus-maximus',
      role: 'prime-mover',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Extends the hips to lift both straight legs slightly; below the bird dog’s cited 0.56, where one leg rises to full height.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'hamstrings',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Help the glutes extend the hips with the knees straight; near their cited bird dog midpoint of 0.31.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'trapezius',
      role: 'synergist',
      load: 0.2,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Lifts and holds the outstretched arms off the floor; the arms are light, so a small share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
  ],
};
