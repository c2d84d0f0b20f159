import type { Exercise } from '../types';

/** Partial curl-up: a short trunk curl that works the abdominals without a full sit-up. */
export const partialCurlUp: Exercise = {
  id: 'partial-curl-up',
  name: 'Partial Curl-Up',
  group: 'pain-relief',
  fromArticle: true,
  equipment: ['mat'],
  why:
    'Your abdominals and back muscles brace the spine together, so a stronger front half of the core takes strain off the lower back. ' +
    'Lifting only your head and shoulders trains the abs while skipping the deep trunk bend of a full sit-up, which can stir up back pain in some people.',
  sidedness: 'bilateral',
  phases: ['setup', 'lift', 'hold', 'lower'],
  steps: [
    {
      phase: 'setup',
      text: 'Lie face up, bend your knees so your feet rest flat on the floor, and fold your arms across your chest.',
      cue: 'Knees bent, arms crossed',
    },
    {
      phase: 'lift',
      text: 'Breathe out, tighten your stomach and peel your head and shoulders off the floor while your lower back presses gently down.',
      cue: 'Breathe out and curl',
    },
    {
      phase: 'hold',
      text: 'Pause for a moment at the top, keeping your chin slightly tucked and your neck relaxed.',
      cue: 'Short pause',
    },
    {
      phase: 'lower',
      text: 'Unroll slowly until your shoulders and head rest on the floor again.',
      cue: 'Roll down slowly',
    },
  ],
  easier: 'Rest your hands on the floor beside your hips so they can steady you as you curl.',
  harder: 'Hug a weight plate against your chest to add load to each curl.',
  tip: 'Think of two things at once as you rise: a long breath out, and your lower back sinking into the floor.',
  variations: [
    {
      name: 'Hands-down curl-up',
      description: 'Palms flat on the floor by your hips for support while you curl.',
      kind: 'easier',
    },
    {
      name: 'Plate curl-up',
      description: 'The same short curl with a weight plate held to your chest.',
      kind: 'harder',
    },
    {
      name: 'McGill curl-up',
      description:
        'One knee bent and one leg straight, hands under the small of your back, lifting only the head and shoulders a little way.',
      kind: 'alternative',
    },
  ],
  prescription: { kind: 'reps', reps: 10, repsMax: 12 },
  safety: [
    'Curl only your head and shoulders up; pulling all the way to sitting is not the goal.',
    'Keep it gentle and stop if your back or neck pain gets sharper.',
    'Do not pull on your head or neck to get up.',
  ],
  loads: [
    {
      muscle: 'rectus-abdominis',
      role: 'prime-mover',
      load: 0.5,
      loadSource: {
        kind: 'cited',
        ref: 'konrad-2001',
        detail:
          'Abdominals above 50% MVC in pure spine-flexion exercises such as the curl-up, 10 healthy adults, %MVC; 0.5 taken as the floor of that level.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 1 },
        hold: { contraction: 'isometric', effort: 0.9 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'external-oblique',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Assists trunk flexion in a straight curl with no twist, so set well below rectus abdominis.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 1 },
        hold: { contraction: 'isometric', effort: 0.9 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'internal-oblique',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Pairs with the external oblique to flex the trunk without rotation; the same share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 1 },
        hold: { contraction: 'isometric', effort: 0.9 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'transversus-abdominis',
      role: 'stabiliser',
      load: 0.2,
      loadSource: {
        kind: 'estimate',
        reasoning: 'The forced breath out and flattened lower back draw the deep wall in; light, steady work.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        lift: { contraction: 'isometric', effort: 1 },
        hold: { contraction: 'isometric', effort: 0.9 },
        lower: { contraction: 'isometric', effort: 0.5 },
      },
    },
  ],
};
