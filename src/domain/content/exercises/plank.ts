import type { Exercise } from '../types';

/** Plank: a forearm hold that teaches the trunk to stay straight without sagging. */
export const plank: Exercise = {
  id: 'plank',
  name: 'Plank',
  group: 'pain-relief',
  fromArticle: true,
  equipment: ['mat'],
  why:
    'Holding your body in one straight line teaches the muscles around your spine to keep it steady, and that steadiness may ease an aching lower back. ' +
    'It is the core exercise to learn first if back health is your aim.',
  sidedness: 'bilateral',
  phases: ['setup', 'brace', 'hold', 'return'],
  steps: [
    {
      phase: 'setup',
      text: 'Start at the top of a push-up with your legs straight and your feet together, then lower yourself onto your forearms, elbows under your shoulders.',
      cue: 'Down onto your elbows',
    },
    {
      phase: 'brace',
      text: 'Breathe all the way out and squeeze your glutes so your hips lock straight.',
      cue: 'Breathe out, squeeze',
    },
    {
      phase: 'hold',
      text: 'Keep one long line from your shoulders to your ankles and hold it, with no dip in your lower back, while you breathe steadily.',
      cue: 'Shoulders to ankles straight',
    },
    {
      phase: 'return',
      text: 'When the time is up, lower your knees to the mat and rest.',
      cue: 'Knees down, rest',
    },
  ],
  easier: 'Rest on your knees instead of your toes, keeping the line straight from shoulders to knees.',
  harder:
    'Ask a partner to lay a small weight plate across your lower back, or walk your elbows further forward for a long-lever plank.',
  tip: 'Picture someone checking you from the side: they should see a flat line, with your spine neutral and braced and no sag at the lower back.',
  variations: [
    {
      name: 'Kneeling plank',
      description: 'The same forearm hold with your knees on the mat, which shortens the lever.',
      kind: 'easier',
    },
    {
      name: 'Weighted plank',
      description: 'A partner places a small plate on your lower back while you hold the line.',
      kind: 'harder',
    },
    {
      name: 'Long-lever plank',
      description: 'Your elbows sit ahead of your shoulders, which makes your trunk work harder to stay straight.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'hold', seconds: 30 },
  safety: [
    'End the set as soon as your hips start to sag or your lower back aches.',
    'Build time gradually and stop if pain grows sharper.',
  ],
  loads: [
    {
      muscle: 'rectus-abdominis',
      role: 'prime-mover',
      load: 0.46,
      loadSource: {
        kind: 'cited',
        ref: 'pmc6801665-patients',
        detail:
          'Front plank, median 46 %MVIC (IQR 26–61) in 13 patients with non-specific low back pain; patient data, not healthy adults.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.4 },
        brace: { contraction: 'isometric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.3 },
      },
    },
    {
      muscle: 'external-oblique',
      role: 'prime-mover',
      load: 0.77,
      loadSource: {
        kind: 'cited',
        ref: 'pmc6801665-patients',
        detail:
          'Front plank with an abdominal brace, median 77 %MVIC (IQR 60–97) in 13 patients with non-specific low back pain; patient data.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.4 },
        brace: { contraction: 'isometric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.3 },
      },
    },
    {
      muscle: 'internal-oblique',
      role: 'synergist',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Braces the trunk against sagging with the other abdominals; no figure was found, so set near rectus abdominis.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.4 },
        brace: { contraction: 'isometric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.3 },
      },
    },
    {
      muscle: 'transversus-abdominis',
      role: 'stabiliser',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'The full breath out and brace pull the deep wall tight; more than in the curl-up, below the obliques.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 1 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.2 },
      },
    },
    {
      muscle: 'gluteus-maximus',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'A deliberate squeeze locks the hips straight against body weight; well below a loaded hip extension, and below the bird dog’s cited 0.56.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 1 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.1 },
      },
    },
    {
      muscle: 'quadriceps',
      role: 'stabiliser',
      load: 0.2,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Keeps the knees locked so the line runs to the ankles; light, steady work.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.6 },
        brace: { contraction: 'isometric', effort: 1 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.2 },
      },
    },
    {
      muscle: 'serratus-anterior',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Holds the shoulder blades flat on the ribs over the forearm support; moderate, steady work.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.7 },
        brace: { contraction: 'isometric', effort: 1 },
        hold: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.4 },
      },
    },
  ],
};
