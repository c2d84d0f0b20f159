import type { Exercise } from '../types';

/** Glute-ham raise: lowering and raising the body on a glute-ham developer, from the knees and then the hips. */
export const gluteHamstringRaise: Exercise = {
  id: 'glute-hamstring-raise',
  name: 'Glute-Ham Raise',
  group: 'strength',
  fromArticle: true,
  equipment: ['glute-ham-developer'],
  why:
    'Think of the glute-ham raise as half back extension, half Nordic curl for the hamstrings. ' +
    'Your glutes and hamstrings bend and straighten you at the hips and knees while your lower back keeps your spine steady, so it is the natural next step once back extensions feel comfortable.',
  sidedness: 'bilateral',
  phases: ['setup', 'descent', 'lower', 'lift', 'ascent'],
  steps: [
    {
      phase: 'setup',
      text: 'Climb into the machine with your feet flat on the footplate and your lower legs held between the ankle pads.',
      cue: 'Feet on the plate',
    },
    {
      phase: 'setup',
      text: 'Rest your knees firmly against the curved pads, bent to a right angle, sit your torso upright, and cross your arms over your chest.',
      cue: 'Knees bent, torso tall',
    },
    {
      phase: 'descent',
      text: 'Tip forward slowly by straightening only your knees, keeping your hips locked straight, until your body is level with the floor.',
      cue: 'Knees open, hips locked',
    },
    {
      phase: 'lower',
      text: 'From that straight line, bend at your hips and let your head travel down toward the floor.',
      cue: 'Fold at the hips',
    },
    {
      phase: 'lift',
      text: 'Lift your torso with your glutes and lower back until your body is one straight line again.',
      cue: 'Straighten out',
    },
    {
      phase: 'ascent',
      text: 'Press your knees into the pads and pull with your hamstrings to curl yourself back up to upright.',
      cue: 'Knees into the pads',
    },
  ],
  easier: 'Hold the handles of the machine and give yourself a little help wherever you need it.',
  harder: 'Hug a weight plate to your chest.',
  tip: 'Move at an even pace and let your muscles, not a swing of your body, carry you through each part of the rep.',
  variations: [
    {
      name: 'Handle-assisted glute-ham raise',
      description:
        'Your hands on the machine’s handles give a push through the hardest part, so you can still move slowly.',
      kind: 'easier',
    },
    {
      name: 'Weighted glute-ham raise',
      description: 'A weight plate held to your chest adds load once body weight feels easy.',
      kind: 'harder',
    },
    {
      name: 'Nordic hamstring curl',
      description:
        'Kneeling with your ankles held down, you lower your straight body forward from the knees only, working the hamstrings without the hip fold.',
      kind: 'alternative',
    },
  ],
  prescription: { kind: 'reps', reps: 5, repsMax: 8 },
  safety: [
    'Try this only once standard back extensions feel comfortable.',
    'Avoid throwing yourself up with momentum; if you cannot curl up under control, use the handles.',
  ],
  loads: [
    {
      muscle: 'hamstrings',
      role: 'prime-mover',
      load: 0.6,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Hamstring activity is highest in the RDL and the glute-ham raise (mcallister-2014, no %MVIC); set with the RDL.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        descent: { contraction: 'eccentric', effort: 0.9 },
        lower: { contraction: 'eccentric', effort: 0.5 },
        lift: { contraction: 'concentric', effort: 0.6 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'gluteus-maximus',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Extends the hip against upper-body weight on a long lever; set with the back extension.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        descent: { contraction: 'isometric', effort: 0.5 },
        lower: { contraction: 'eccentric', effort: 0.6 },
        lift: { contraction: 'concentric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.5 },
      },
    },
    {
      muscle: 'longissimus-lumborum',
      role: 'stabiliser',
      load: 0.5,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the spine straight while the body is level with the floor; set with the back extension’s ≈50 % MVC (konrad-2001).',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        descent: { contraction: 'isometric', effort: 0.7 },
        lower: { contraction: 'isometric', effort: 0.5 },
        lift: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.6 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'stabiliser',
      load: 0.5,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Works alongside the lumbar longissimus to keep the spine still; given the same figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        descent: { contraction: 'isometric', effort: 0.7 },
        lower: { contraction: 'isometric', effort: 0.5 },
        lift: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.6 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Stiffens each lumbar segment while the body is held level; set a little below the erector spinae, as in every hinge here.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        descent: { contraction: 'isometric', effort: 0.7 },
        lower: { contraction: 'isometric', effort: 0.5 },
        lift: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.6 },
      },
    },
    {
      muscle: 'adductor-magnus',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Its hamstring part helps extend the hip in the fold and lift; set as in the back extension.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        descent: { contraction: 'isometric', effort: 0.3 },
        lower: { contraction: 'eccentric', effort: 0.6 },
        lift: { contraction: 'concentric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.3 },
      },
    },
  ],
};
