import type { Exercise } from '../types';

/** Side plank: a side-lying hold that trains the trunk against sideways bending. */
export const sidePlank: Exercise = {
  id: 'side-plank',
  name: 'Side Plank',
  group: 'pain-relief',
  fromArticle: true,
  equipment: ['mat'],
  why:
    'Lying on your side, gravity tries to bend your trunk sideways, a pull the muscles around your spine rarely meet in daily life or in most lifts. ' +
    'Holding against it builds core endurance and trains you to keep your spine and pelvis lined up. It is harder than it looks.',
  sidedness: 'each-side',
  phases: ['setup', 'lift', 'hold', 'lower'],
  steps: [
    {
      phase: 'setup',
      text: 'Lie on your right side with your legs straight and stacked, prop yourself on your right forearm with the elbow under your shoulder, and rest your left arm along your side.',
      cue: 'Elbow under shoulder',
    },
    {
      phase: 'lift',
      text: 'Breathe out, tighten your core and raise your hips until your body runs in one straight line from shoulder to ankle.',
      cue: 'Hips up, body straight',
    },
    {
      phase: 'hold',
      text: 'Hold that line and keep breathing, not letting your hips drop or drift backward.',
      cue: 'Stay long and level',
    },
    {
      phase: 'lower',
      text: 'Lower your hips gently to the mat, rest, then turn over and repeat on your left side.',
      cue: 'Hips down softly',
    },
  ],
  easier: 'Bend your knees and support yourself on your knee and forearm instead of your feet.',
  harder: 'Once you are up, lift your top leg slowly away from the bottom one and keep it raised.',
  tip: 'Ask a training partner to look at you from the front or back and tell you when your body drifts out of a straight line.',
  variations: [
    {
      name: 'Bent-knee side plank',
      description: 'Knees bent and resting on the floor, which shortens the lever.',
      kind: 'easier',
    },
    {
      name: 'Side plank with leg lift',
      description: 'The top leg lifts and hovers above the bottom one during the hold.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'hold', seconds: 15, secondsMax: 45, perSide: true },
  safety: [
    'Keep the shoulder you lean on stacked over your elbow, and come down if it aches.',
    'Finish the hold when your hips start to sag, and stop if back pain grows sharper.',
  ],
  loads: [
    {
      muscle: 'gluteus-medius',
      role: 'prime-mover',
      load: 0.74,
      loadSource: {
        kind: 'cited',
        ref: 'ijspt-2014-review',
        detail: 'Side bridge, low end of the 74–103 %MVIC range reported across studies.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'external-oblique',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'cited',
        ref: 'ekstrom-2007',
        detail: 'Side bridge reported above 45 %MVIC in 30 healthy adults; 0.45 used as a floor, not a mean.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'quadratus-lumborum',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'A main side-bender holding the ribs up off the pelvis; no figure was found, so set level with the oblique floor.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'internal-oblique',
      role: 'synergist',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Bends the trunk sideways with the external oblique on the same side; set a little below its floor.',
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
      role: 'synergist',
      load: 0.46,
      loadSource: {
        kind: 'cited',
        ref: 'ijspt-2014-review',
        detail: 'Side bridge, midpoint of the 21–71 %MVIC range reported across studies.',
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
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Helps bend the lumbar spine sideways beside quadratus lumborum, but its main job is extension; set lower.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        lift: { contraction: 'concentric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'deltoid',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Steadies the upper body over the supporting elbow; moderate, steady work.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        lift: { contraction: 'isometric', effort: 0.9 },
        hold: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'isometric', effort: 0.6 },
      },
    },
  ],
};
