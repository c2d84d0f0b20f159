import type { Exercise } from '../types';

/** Deadlift: the conventional barbell pull from the floor. */
export const deadlift: Exercise = {
  id: 'deadlift',
  name: 'Deadlift',
  group: 'strength',
  fromArticle: true,
  equipment: ['barbell'],
  why:
    'The deadlift loads your lower back through a long range of motion and against some of the heaviest weights you will ever hold. ' +
    'Your erector spinae keep the spine rigid while your hips and legs do the lifting, so the lift and your back grow stronger together.',
  sidedness: 'bilateral',
  phases: ['setup', 'brace', 'ascent', 'lockout', 'descent'],
  steps: [
    {
      phase: 'setup',
      text: 'Stand with your feet roughly under your hips and the bar a few inches out from your shins, over the middle of your feet.',
      cue: 'Feet under hips',
    },
    {
      phase: 'setup',
      text: 'Send your hips back and soften your knees until you can reach the bar, then take it with both palms facing you, hands just outside your legs.',
      cue: 'Hips back, narrow grip',
    },
    {
      phase: 'brace',
      text: 'Set your back flat all the way from your tailbone up to your collarbone, then take a big breath into your belly and tighten your trunk around it.',
      cue: 'Flat back, big breath',
    },
    {
      phase: 'ascent',
      text: 'Drive your feet down as if you were pushing the floor away, and keep the bar brushing your legs as it rises.',
      cue: 'Push the floor away',
    },
    {
      phase: 'lockout',
      text: 'Once the bar clears your knees, bring your hips forward to meet it and finish standing tall, without leaning back.',
      cue: 'Hips through, stand tall',
    },
    {
      phase: 'descent',
      text: 'Take the bar back to the floor by hinging your hips back first; it can travel down briskly, but keep your hands on it and steer it.',
      cue: 'Guide it down',
    },
  ],
  easier: 'Shorten the pull by starting with the bar raised, either on the safety pins of a rack or on sturdy blocks.',
  harder:
    'Switch to the stiff-leg deadlift: straighter knees leave your hips and lower back to handle more of the work.',
  tip: 'Treat your spine as one solid piece from the first inch of the pull to the last; neither your lower nor your upper back should round.',
  variations: [
    {
      name: 'Rack pull',
      description:
        'You pull from pins set around knee height in a power rack, so you skip the hardest part off the floor.',
      kind: 'easier',
    },
    {
      name: 'Block pull',
      description: 'The plates rest on blocks or stacked mats a few inches high, which trims the bottom of the lift.',
      kind: 'easier',
    },
    {
      name: 'Stiff-leg deadlift',
      description:
        'With your knees nearly straight, your torso becomes a longer lever, so each kilo asks more of your lower back.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 5 },
  safety: [
    "Stop the set as soon as you can't keep your back flat; a rounded rep is not worth finishing.",
    'Add weight in small jumps, and check with a doctor or physiotherapist first if your back already hurts.',
  ],
  loads: [
    {
      muscle: 'gluteus-maximus',
      role: 'prime-mover',
      load: 0.515,
      loadSource: {
        kind: 'cited',
        ref: 'pmc6323186-deadlift-rdl',
        detail:
          'Gluteus maximus 51.5 % of the peak of a submaximal dynamic contraction (not %MVIC); 21 men at 70 % of their RDL 1RM.',
      },
      phases: {
        setup: { contraction: 'eccentric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.3 },
        ascent: { contraction: 'concentric', effort: 0.8 },
        lockout: { contraction: 'concentric', effort: 1 },
        descent: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'hamstrings',
      role: 'prime-mover',
      load: 0.5,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Hip extensor beside the gluteus maximus, busiest in the lower half (andersen-2018, relative only); set just under the gluteus maximus figure.',
      },
      phases: {
        setup: { contraction: 'eccentric', effort: 0.15 },
        brace: { contraction: 'isometric', effort: 0.3 },
        ascent: { contraction: 'concentric', effort: 1 },
        lockout: { contraction: 'concentric', effort: 0.6 },
        descent: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'quadriceps',
      role: 'synergist',
      load: 0.586,
      loadSource: {
        kind: 'cited',
        ref: 'pmc6323186-deadlift-rdl',
        detail:
          'Rectus femoris 58.6 % of the peak of a submaximal dynamic contraction (not %MVIC); 21 men at 70 % of their RDL 1RM. Stands in for the quadriceps.',
      },
      phases: {
        setup: { contraction: 'eccentric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.3 },
        ascent: { contraction: 'concentric', effort: 1 },
        lockout: { contraction: 'concentric', effort: 0.3 },
        descent: { contraction: 'eccentric', effort: 0.5 },
      },
    },
    {
      muscle: 'longissimus-lumborum',
      role: 'stabiliser',
      load: 0.6,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the spine still under the heaviest load of any exercise here; set above the ≈50 % MVC of a 16 kg kettlebell swing (mcgill-marshall-2012).',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.5 },
        ascent: { contraction: 'isometric', effort: 1 },
        lockout: { contraction: 'isometric', effort: 0.5 },
        descent: { contraction: 'isometric', effort: 0.7 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'stabiliser',
      load: 0.6,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Works alongside the lumbar longissimus to keep the spine still; given the same figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.5 },
        ascent: { contraction: 'isometric', effort: 1 },
        lockout: { contraction: 'isometric', effort: 0.5 },
        descent: { contraction: 'isometric', effort: 0.7 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.55,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Stiffens each lumbar segment under the bar; set a little below the erector spinae, as in every hinge here.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.5 },
        ascent: { contraction: 'isometric', effort: 1 },
        lockout: { contraction: 'isometric', effort: 0.5 },
        descent: { contraction: 'isometric', effort: 0.7 },
      },
    },
    {
      muscle: 'adductor-magnus',
      role: 'synergist',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Its hamstring part extends the hip from deep flexion off the floor; set below the hamstrings.',
      },
      phases: {
        setup: { contraction: 'eccentric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.3 },
        ascent: { contraction: 'concentric', effort: 1 },
        lockout: { contraction: 'concentric', effort: 0.5 },
        descent: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'latissimus-dorsi',
      role: 'stabiliser',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Keeps the straight arms pinned so the bar stays close to the legs; no figure found, set moderate.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.6 },
        ascent: { contraction: 'isometric', effort: 1 },
        lockout: { contraction: 'isometric', effort: 0.6 },
        descent: { contraction: 'isometric', effort: 0.7 },
      },
    },
    {
      muscle: 'trapezius',
      role: 'stabiliser',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Holds the shoulder girdle against the hanging bar; no figure found, set moderate.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.4 },
        ascent: { contraction: 'isometric', effort: 1 },
        lockout: { contraction: 'isometric', effort: 0.8 },
        descent: { contraction: 'isometric', effort: 0.7 },
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
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 1 },
        ascent: { contraction: 'isometric', effort: 0.9 },
        lockout: { contraction: 'isometric', effort: 0.5 },
        descent: { contraction: 'isometric', effort: 0.7 },
      },
    },
  ],
};
