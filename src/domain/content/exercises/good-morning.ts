import type { Exercise } from '../types';

/** Good morning: a hip hinge with the barbell across the upper back. */
export const goodMorning: Exercise = {
  id: 'good-morning',
  name: 'Good Morning',
  group: 'strength',
  fromArticle: true,
  equipment: ['barbell', 'squat-rack'],
  why:
    'With the bar across your upper back instead of in your hands, the load sits much further from your hips, so even a light weight feels heavy. ' +
    'So the good morning works your lower back and hamstrings hard while the bar itself stays light.',
  sidedness: 'bilateral',
  phases: ['setup', 'brace', 'descent', 'bottom', 'ascent'],
  steps: [
    {
      phase: 'setup',
      text: 'Lift the bar out of the rack onto your upper back the same way you would for a back squat, then step back.',
      cue: 'Bar on your back',
    },
    {
      phase: 'setup',
      text: 'Set your feet close together, about hip-width apart.',
      cue: 'Narrow stance',
    },
    {
      phase: 'brace',
      text: 'Breathe in, brace your trunk, and unlock your knees just a little.',
      cue: 'Brace, soft knees',
    },
    {
      phase: 'descent',
      text: 'Slowly push your hips back and let your chest tip forward into a deep bow, keeping your back flat.',
      cue: 'Hips back, slow bow',
    },
    {
      phase: 'bottom',
      text: 'Stop when your torso is close to parallel with the floor, or sooner if your back starts to round.',
      cue: 'Nearly parallel',
    },
    {
      phase: 'ascent',
      text: 'Squeeze your glutes and drive your hips forward to stand back up tall.',
      cue: 'Squeeze and stand',
    },
  ],
  easier: 'Swap the barbell for a dumbbell or medicine ball hugged tight against your chest.',
  harder: 'Hold the bottom position for a count or two on every rep before you stand back up.',
  tip: "Finish every set a few reps short of failure: with the bar on your back there is no simple way out of a rep you can't complete.",
  variations: [
    {
      name: 'Chest-loaded good morning',
      description:
        'You hug a dumbbell or medicine ball to your chest instead of wearing a bar, so the load is lighter and easy to put down.',
      kind: 'easier',
    },
    {
      name: 'Paused good morning',
      description: 'A one- or two-second hold at the bottom removes any bounce and keeps your back working longer.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 8, repsMax: 10 },
  safety: [
    'Never take a good morning to failure; leave a few reps in reserve on every set.',
    'Keep the weight light and set the rack’s safety arms if you train alone.',
  ],
  loads: [
    {
      muscle: 'hamstrings',
      role: 'prime-mover',
      load: 0.5,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Hamstring activity rises with load in the good morning (vigotsky-2015, no numbers); near-straight knees, but a light bar, so set as in the deadlift.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.2 },
        descent: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'concentric', effort: 0.9 },
      },
    },
    {
      muscle: 'gluteus-maximus',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Extends the hip with the hamstrings against a light bar; set just below the RDL figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.2 },
        descent: { contraction: 'eccentric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 0.8 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'longissimus-lumborum',
      role: 'stabiliser',
      load: 0.55,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'The bar on the back gives the longest lever of any hinge here, and erector activity rises with load (vigotsky-2015, no numbers); set with the RDL.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.4 },
        descent: { contraction: 'isometric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'stabiliser',
      load: 0.55,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Works alongside the lumbar longissimus to keep the spine still; given the same figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.4 },
        descent: { contraction: 'isometric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.5,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Stiffens each lumbar segment through the hinge; set a little below the erector spinae, as in every hinge here.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.4 },
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
        reasoning: 'Its hamstring part helps extend the hip; set as in the RDL.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.2 },
        descent: { contraction: 'eccentric', effort: 0.6 },
        bottom: { contraction: 'isometric', effort: 0.8 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'transversus-abdominis',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Tightens the abdominal wall for the brace; no figure found for barbell hinges, set low to moderate.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 1 },
        descent: { contraction: 'isometric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 0.8 },
        ascent: { contraction: 'isometric', effort: 0.8 },
      },
    },
  ],
};
