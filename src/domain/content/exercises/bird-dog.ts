import type { Exercise } from '../types';

/** Bird dog: opposite arm and leg reach from all fours while the spine stays still. */
export const birdDog: Exercise = {
  id: 'bird-dog',
  name: 'Bird Dog',
  group: 'pain-relief',
  fromArticle: true,
  equipment: ['mat'],
  why:
    'Lifting one arm and the opposite leg takes away two of your four supports, so your trunk has to brace to keep the pelvis and spine from tipping or twisting. ' +
    'It is a mild, safe dose of instability that is easy to scale up or down.',
  sidedness: 'each-side',
  phases: ['setup', 'brace', 'reach', 'hold', 'return'],
  steps: [
    {
      phase: 'setup',
      text: 'Kneel on all fours, wrists in line with your shoulders and knees in line with your hips.',
      cue: 'Table-top position',
    },
    {
      phase: 'brace',
      text: 'Set your back flat and neutral, and gently tighten your stomach so your lower back does not sag.',
      cue: 'Flat back, light brace',
    },
    {
      phase: 'reach',
      text: 'Slide your right arm forward and your left leg back at the same time until both are level with your body.',
      cue: 'Reach long both ways',
    },
    {
      phase: 'hold',
      text: 'Stay there for a beat, hips square to the floor and back still.',
      cue: 'Hold steady',
    },
    {
      phase: 'return',
      text: 'Bring your hand and knee back under you with control, then do the same with your left arm and right leg.',
      cue: 'Back to the floor',
    },
  ],
  easier: 'Lift your arm and leg only part of the way rather than reaching them out to full length.',
  harder: 'Float your supporting knee just off the floor while you reach.',
  tip: 'Fix your eyes on one spot on the floor a little ahead of your hands; it makes balancing much easier.',
  variations: [
    {
      name: 'Short-reach bird dog',
      description: 'Arm and leg lift only a little way, keeping the balance challenge small.',
      kind: 'easier',
    },
    {
      name: 'Hovering bird dog',
      description: 'The supporting knee rises a finger’s width off the floor during the reach.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 8, repsMax: 10, perSide: true },
  safety: [
    'Reach only as high as you can without your lower back arching or your hips rolling.',
    'Move slowly and gently, and stop if pain grows sharper.',
  ],
  loads: [
    {
      muscle: 'gluteus-maximus',
      role: 'prime-mover',
      load: 0.56,
      loadSource: {
        kind: 'cited',
        ref: 'ekstrom-2007',
        detail:
          'Quadruped opposite arm and leg lift, 56 %MVIC in 30 healthy adults (as tabulated in IJSPT 2014, Table 2).',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        brace: { contraction: 'isometric', effort: 0.1 },
        reach: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.5 },
      },
    },
    {
      muscle: 'hamstrings',
      role: 'synergist',
      load: 0.31,
      loadSource: {
        kind: 'cited',
        ref: 'sports-2023-bird-dog',
        detail: 'Midpoint of the published range 21–42 %MVIC for the quadruped bird dog.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        brace: { contraction: 'isometric', effort: 0.1 },
        reach: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.5 },
      },
    },
    {
      muscle: 'gluteus-medius',
      role: 'stabiliser',
      load: 0.42,
      loadSource: {
        kind: 'cited',
        ref: 'ekstrom-2007',
        detail:
          'Quadruped opposite arm and leg lift, 42 %MVIC in 30 healthy adults (as tabulated in IJSPT 2014, Table 2).',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.2 },
        reach: { contraction: 'isometric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.6 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.35,
      loadSource: {
        kind: 'cited',
        ref: 'sports-2023-bird-dog',
        detail: 'Lumbar multifidus, midpoint of the published range 23–46 %MVIC for the quadruped bird dog.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.3 },
        reach: { contraction: 'isometric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.6 },
      },
    },
    {
      muscle: 'longissimus-thoracis',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'cited',
        ref: 'sports-2023-bird-dog',
        detail: 'Longissimus thoracis, midpoint of the published range 22–38 %MVIC for the quadruped bird dog.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.3 },
        reach: { contraction: 'isometric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.6 },
      },
    },
    {
      muscle: 'external-oblique',
      role: 'stabiliser',
      load: 0.28,
      loadSource: {
        kind: 'cited',
        ref: 'sports-2023-bird-dog',
        detail: 'Midpoint of the published range 21–35 %MVIC for the quadruped bird dog.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.5 },
        reach: { contraction: 'isometric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.6 },
      },
    },
    {
      muscle: 'rectus-abdominis',
      role: 'stabiliser',
      load: 0.1,
      loadSource: {
        kind: 'cited',
        ref: 'sports-2023-bird-dog',
        detail: 'Midpoint of the published range 4–15 %MVIC for the quadruped bird dog.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.6 },
        reach: { contraction: 'isometric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.6 },
      },
    },
    {
      muscle: 'deltoid',
      role: 'prime-mover',
      load: 0.2,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Raises the straight arm to shoulder height against its own weight only; a light share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.3 },
        reach: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.5 },
      },
    },
  ],
};
