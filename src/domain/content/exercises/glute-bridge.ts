import type { Exercise } from '../types';

/** Glute bridge: hips driven up from the floor while the lower back stays level and still. */
export const gluteBridge: Exercise = {
  id: 'glute-bridge',
  name: 'Glute Bridge',
  group: 'pain-relief',
  fromArticle: false,
  equipment: ['mat'],
  why:
    'The bridge teaches your glutes to straighten your hips while your lower back holds still, so the hips do the work the back often takes over. ' +
    'Strong, switched-on glutes share the load of bending and lifting, and the gentle hold suits a warm-up or a sore day.',
  sidedness: 'bilateral',
  phases: ['setup', 'lift', 'squeeze', 'lower'],
  steps: [
    {
      phase: 'setup',
      text: 'Lie on your back with your knees bent, feet flat and about hip-width apart, and your arms resting by your sides.',
      cue: 'Feet flat, knees bent',
    },
    {
      phase: 'lift',
      text: 'Press through your heels and raise your hips until your body makes a straight slope from knees to shoulders.',
      cue: 'Drive through heels',
    },
    {
      phase: 'squeeze',
      text: 'Squeeze your glutes at the top for a second, keeping your ribs down so your lower back does not arch.',
      cue: 'Squeeze, ribs down',
    },
    {
      phase: 'lower',
      text: 'Lower your hips back to the mat slowly and with control.',
      cue: 'Slowly down',
    },
  ],
  easier: 'Lift your hips only part of the way and keep the squeeze short.',
  harder: 'Do it on one leg with the other knee hugged in or the leg held straight, or hold the top for longer.',
  tip: 'If you feel it mostly in your lower back, tuck your tailbone slightly before you lift and stop the hips a little lower.',
  variations: [
    {
      name: 'Single-leg glute bridge',
      description:
        'One foot on the floor and the other leg lifted, which puts far more work on the hip that stays down.',
      kind: 'harder',
    },
    {
      name: 'Marching bridge',
      description: 'Hold the top and lift one foot at a time a little way off the floor without letting the hips drop.',
      kind: 'harder',
    },
    {
      name: 'Hip thrust',
      description: 'Shoulders on a bench and a load across the hips for a longer, heavier version.',
      kind: 'alternative',
    },
  ],
  prescription: { kind: 'reps', reps: 10, repsMax: 15 },
  safety: [
    'Stop the lift when your body is straight; pushing higher only arches your lower back.',
    'Keep it gentle and stop if back pain grows sharper.',
  ],
  loads: [
    {
      muscle: 'gluteus-maximus',
      role: 'prime-mover',
      load: 0.25,
      loadSource: {
        kind: 'cited',
        ref: 'ijspt-2014-review',
        detail: 'Double-leg supine bridge, 25 %MVIC.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        squeeze: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'gluteus-medius',
      role: 'synergist',
      load: 0.28,
      loadSource: {
        kind: 'cited',
        ref: 'ijspt-2014-review',
        detail: 'Double-leg supine bridge, 28 %MVIC.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        squeeze: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'hamstrings',
      role: 'synergist',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Help extend the hips with the knees bent, where they are short and weaker; set level with gluteus maximus.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        squeeze: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'longissimus-lumborum',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the lumbar spine level as the hips rise; konrad-2001 reports trunk extensors below 35% MVC in bridging, so set under that.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        lift: { contraction: 'isometric', effort: 0.9 },
        squeeze: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'isometric', effort: 0.8 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Holds the lumbar spine level beside longissimus; the same share under the same bridging ceiling.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        lift: { contraction: 'isometric', effort: 0.9 },
        squeeze: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'isometric', effort: 0.8 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Steadies each lumbar segment with the erector spinae; the same share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        lift: { contraction: 'isometric', effort: 0.9 },
        squeeze: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'isometric', effort: 0.8 },
      },
    },
    {
      muscle: 'rectus-abdominis',
      role: 'stabiliser',
      load: 0.1,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Keeps the ribs down so the lift comes from the hips rather than an arch; light work.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        lift: { contraction: 'isometric', effort: 0.8 },
        squeeze: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'isometric', effort: 0.6 },
      },
    },
  ],
};
