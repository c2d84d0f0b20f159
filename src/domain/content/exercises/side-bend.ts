import type { Exercise } from '../types';

/** Side bend: a standing sideways bend of the trunk with a dumbbell in one hand. */
export const sideBend: Exercise = {
  id: 'side-bend',
  name: 'Side Bend',
  group: 'strength',
  fromArticle: false,
  equipment: ['dumbbell'],
  why:
    'Your lumbar spine bends to the side as well as forward and back, and the side bend trains the muscles that control that movement: the obliques, the quadratus lumborum and the outer columns of the erector spinae. ' +
    'Athletes meet sideways loads all the time, so strength in this direction rounds out your back training.',
  sidedness: 'each-side',
  phases: ['setup', 'lower', 'bottom', 'lift'],
  steps: [
    {
      phase: 'setup',
      text: 'Stand tall with your feet hip-width apart, a dumbbell hanging in your left hand and your right hand resting on your waist.',
      cue: 'Weight in left hand',
    },
    {
      phase: 'lower',
      text: 'Keeping your chest facing forward, slowly bend to your left and let the dumbbell slide down the outside of your leg.',
      cue: 'Slide it down',
    },
    {
      phase: 'bottom',
      text: 'Pause when you feel a stretch along your right side, without twisting or leaning forward.',
      cue: 'Feel the right side',
    },
    {
      phase: 'lift',
      text: 'Pull yourself back up to upright using the muscles along your right waist.',
      cue: 'Right side pulls up',
    },
  ],
  easier: 'Do it with no weight, sliding your hand down the side of your thigh.',
  harder: 'Use a heavier dumbbell, or do the side bend lying sideways on a back-extension station.',
  tip: 'Imagine moving between two panes of glass: straight down the side and straight back up, with no twist or forward lean.',
  variations: [
    {
      name: 'Body-weight side bend',
      description: 'No weight in your hand, so you can find the movement and the range before loading it.',
      kind: 'easier',
    },
    {
      name: 'Side bend on a back-extension station',
      description:
        'Lying on your side on the station, you lower and raise your trunk sideways against its full weight.',
      kind: 'harder',
    },
    {
      name: 'Suitcase carry',
      description:
        'Walk with a heavy dumbbell on one side and refuse to lean, training the same muscles to resist the bend.',
      kind: 'alternative',
    },
  ],
  prescription: { kind: 'reps', reps: 10, repsMax: 12, perSide: true },
  safety: [
    'Move slowly through a comfortable range and stop if you feel a sharp or pinching pain.',
    'Keep the weight moderate; heavy side bends done fast strain the side of your lower back.',
  ],
  // The working side is the right, opposite the dumbbell: it lowers the trunk eccentrically and lifts it back concentrically.
  loads: [
    {
      muscle: 'quadratus-lumborum',
      role: 'prime-mover',
      load: 0.5,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Main side-bender of the lumbar spine, working against the dumbbell; no EMG figure found, so set moderate.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        lower: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 0.9 },
        lift: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'external-oblique',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Bends the trunk sideways with the quadratus lumborum; set just below it.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        lower: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 0.9 },
        lift: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'internal-oblique',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Bends the trunk sideways with the external oblique on the same side; given the same figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        lower: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 0.9 },
        lift: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'synergist',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning: 'The outermost erector column, with the best leverage for side bending; set below the prime movers.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        lower: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 0.9 },
        lift: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'longissimus-lumborum',
      role: 'synergist',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Assists the side bend while keeping the trunk from tipping forward; given the iliocostalis figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        lower: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 0.9 },
        lift: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Steadies each lumbar segment so the bend stays smooth and free of twist; light load, so set low.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        lower: { contraction: 'isometric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 0.8 },
        lift: { contraction: 'isometric', effort: 1 },
      },
    },
    {
      muscle: 'gluteus-medius',
      role: 'stabiliser',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Keeps the pelvis level as the trunk leans over it; light load, so set low.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.4 },
        lower: { contraction: 'isometric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 1 },
        lift: { contraction: 'isometric', effort: 0.9 },
      },
    },
  ],
};
