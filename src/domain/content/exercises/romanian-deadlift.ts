import type { Exercise } from '../types';

/** Romanian deadlift: a barbell hinge from standing down to the knees and back. */
export const romanianDeadlift: Exercise = {
  id: 'romanian-deadlift',
  name: 'Romanian Deadlift',
  group: 'strength',
  fromArticle: true,
  equipment: ['barbell'],
  why:
    'The Romanian deadlift is the upper half of a deadlift: you start standing and hinge down only as far as your knees. ' +
    'It is the plainest way to train the whole back of your body, it is simple to load heavier as you progress, and your lower back works the whole time to hold your spine still while your hips travel.',
  sidedness: 'bilateral',
  phases: ['setup', 'brace', 'descent', 'bottom', 'ascent'],
  steps: [
    {
      phase: 'setup',
      text: 'Stand tall with the barbell hanging at arm’s length against your thighs and your feet set under your hips.',
      cue: 'Stand tall, bar close',
    },
    {
      phase: 'brace',
      text: 'Breathe in, tighten your trunk, and let your knees bend just slightly.',
      cue: 'Breathe and brace',
    },
    {
      phase: 'descent',
      text: 'Unlock your hips by sending your backside straight back, and let the bar slide down the front of your thighs.',
      cue: 'Hips back',
    },
    {
      phase: 'bottom',
      text: 'Stop once the bar is level with your kneecaps; by then the backs of your thighs and your glutes should feel well stretched, and your back should still be flat.',
      cue: 'Feel the stretch',
    },
    {
      phase: 'ascent',
      text: 'Drive your hips forward to stand back up, keeping the bar in touch with your legs the whole way.',
      cue: 'Hips forward, stand tall',
    },
  ],
  easier: 'Wrap lifting straps around the bar so your grip stops being the limit and you can focus on the hinge.',
  harder:
    'Take a wide, snatch-width grip: the bar hangs higher, near your hip crease, so every rep covers a longer range.',
  tip: 'Keep the bar lightly touching your legs from top to bottom; if it drifts forward, your lower back has to fight the extra leverage.',
  variations: [
    {
      name: 'Strapped Romanian deadlift',
      description:
        'Lifting straps tie your hands to the bar, so a tired grip no longer ends the set before your hips do.',
      kind: 'easier',
    },
    {
      name: 'Snatch-grip deadlift',
      description:
        'Your hands sit out near the collars, so the bar hangs at your hip crease and has farther to travel on every rep.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 8, repsMax: 10 },
  safety: [
    'Hinge only as far as you can keep your back flat; for many people that is around the kneecaps.',
    'Lower the bar at a steady, controlled pace rather than dropping into the stretch.',
  ],
  loads: [
    {
      muscle: 'gluteus-maximus',
      role: 'prime-mover',
      load: 0.469,
      loadSource: {
        kind: 'cited',
        ref: 'pmc6323186-deadlift-rdl',
        detail:
          'Gluteus maximus 46.9 % of the peak of a submaximal dynamic contraction (not %MVIC); 21 men at 70 % of their RDL 1RM.',
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
      muscle: 'hamstrings',
      role: 'prime-mover',
      load: 0.6,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Hamstring activity is highest in the RDL and the glute-ham raise (mcallister-2014, no %MVIC); set above the gluteus maximus.',
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
      muscle: 'longissimus-lumborum',
      role: 'stabiliser',
      load: 0.55,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the spine still through a long hinge with a lighter bar than the deadlift; set just below it.',
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
      load: 0.55,
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
      load: 0.5,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Stiffens each lumbar segment through the hinge; set a little below the erector spinae, as in every hinge here.',
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
      muscle: 'adductor-magnus',
      role: 'synergist',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Its hamstring part helps extend the hip; the shorter range than the deadlift puts it a little lower.',
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
      muscle: 'quadriceps',
      role: 'stabiliser',
      load: 0.253,
      loadSource: {
        kind: 'cited',
        ref: 'pmc6323186-deadlift-rdl',
        detail:
          'Rectus femoris 25.3 % of the peak of a submaximal dynamic contraction (not %MVIC); 21 men at 70 % of their RDL 1RM. Stands in for the quadriceps.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.3 },
        descent: { contraction: 'isometric', effort: 0.6 },
        bottom: { contraction: 'isometric', effort: 0.7 },
        ascent: { contraction: 'isometric', effort: 1 },
      },
    },
    {
      muscle: 'latissimus-dorsi',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Keeps the bar against the thighs as the torso tips forward; a lighter bar than the deadlift, so set a little lower.',
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
      muscle: 'transversus-abdominis',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Tightens the abdominal wall for the brace; no figure found for barbell hinges, set low to moderate.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 1 },
        descent: { contraction: 'isometric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 0.9 },
        ascent: { contraction: 'isometric', effort: 0.9 },
      },
    },
  ],
};
