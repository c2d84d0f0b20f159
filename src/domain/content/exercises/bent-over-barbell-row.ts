import type { Exercise } from '../types';

/** Bent-over barbell row: rowing from a held hinge, with the lower back working isometrically. */
export const bentOverBarbellRow: Exercise = {
  id: 'bent-over-barbell-row',
  name: 'Bent-Over Barbell Row',
  group: 'strength',
  fromArticle: true,
  equipment: ['barbell'],
  why:
    'The barbell row mainly builds your upper back, yet it reaches almost every muscle of the back to some degree. ' +
    'While your arms and shoulder blades move the bar, the deep muscles beside your lumbar spine hold your hinged torso perfectly still, which is exactly the motionless strength they need for heavy lifting.',
  sidedness: 'bilateral',
  phases: ['setup', 'brace', 'pull', 'squeeze', 'lower'],
  steps: [
    {
      phase: 'setup',
      text: 'Hold the barbell with an overhand grip about shoulder-width apart and hinge forward until it hangs just in front of your kneecaps.',
      cue: 'Hinge, bar at knees',
    },
    {
      phase: 'setup',
      text: 'Let your torso come down close to parallel with the floor, and lean forward at least 45 degrees.',
      cue: 'Chest toward the floor',
    },
    {
      phase: 'brace',
      text: 'Take a breath and tighten your trunk so that nothing below your shoulders moves.',
      cue: 'Breathe and brace',
    },
    {
      phase: 'pull',
      text: 'Row the bar up into your belly, leading with your elbows.',
      cue: 'Elbows back to belly',
    },
    {
      phase: 'squeeze',
      text: 'Squeeze your shoulder blades together for a moment with the bar touching your stomach.',
      cue: 'Squeeze the blades',
    },
    {
      phase: 'lower',
      text: 'Lower the bar under control until your arms are straight again, keeping your back exactly where it was.',
      cue: 'Slow and still',
    },
  ],
  easier:
    'Row a dumbbell with one hand while the other hand and one knee rest on a bench, which takes most of the strain off your lower back.',
  harder: 'Try the Pendlay row, or hold each rep against your belly for a second before you lower it.',
  tip: 'The further you lean over, the more your lumbar spine has to hold, so pick a torso angle you can keep for the whole set, leaning at least 45 degrees.',
  variations: [
    {
      name: 'Dumbbell row',
      description: 'One hand and one knee rest on a bench while the other arm rows, so the bench carries your torso.',
      kind: 'easier',
    },
    {
      name: 'Pendlay row',
      description:
        'Each rep starts from a dead stop on the floor with your torso near parallel, and you pull it up fast.',
      kind: 'harder',
    },
    {
      name: 'Paused row',
      description:
        'You hold the bar against your belly for a count before lowering it, so your back holds the hinge longer.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 8, repsMax: 10 },
  safety: [
    'If your lower back tires and starts to round, stand up, rest and reset rather than grinding out reps.',
    'Start with a moderate weight: holding the hinge is the hard part for your back, not the pull itself.',
  ],
  loads: [
    {
      muscle: 'latissimus-dorsi',
      role: 'prime-mover',
      load: 0.6,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Main shoulder extensor pulling the bar; fenwick-2009 reports large, symmetric back activity but no %MVC, so set moderately high.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.3 },
        pull: { contraction: 'concentric', effort: 1 },
        squeeze: { contraction: 'isometric', effort: 0.9 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'rhomboids',
      role: 'prime-mover',
      load: 0.6,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Pull the shoulder blades together at the top of every rep; given the same figure as the latissimus.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.3 },
        pull: { contraction: 'concentric', effort: 0.9 },
        squeeze: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'trapezius',
      role: 'prime-mover',
      load: 0.6,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Its middle fibres retract the shoulder blades with the rhomboids; given the same figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.3 },
        pull: { contraction: 'concentric', effort: 0.9 },
        squeeze: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'deltoid',
      role: 'synergist',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning: 'The rear fibres help draw the elbows back; a smaller muscle than the latissimus, so set lower.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.2 },
        pull: { contraction: 'concentric', effort: 1 },
        squeeze: { contraction: 'isometric', effort: 0.8 },
        lower: { contraction: 'eccentric', effort: 0.5 },
      },
    },
    {
      muscle: 'biceps-brachii',
      role: 'synergist',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Bends the elbow as the bar rises; an assisting muscle, set with the deltoid.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.1 },
        pull: { contraction: 'concentric', effort: 1 },
        squeeze: { contraction: 'isometric', effort: 0.7 },
        lower: { contraction: 'eccentric', effort: 0.5 },
      },
    },
    {
      muscle: 'longissimus-lumborum',
      role: 'stabiliser',
      load: 0.5,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the hinged torso still for the whole set (fenwick-2009: the largest lumbar load of the rows tested, no %MVC); set at the swing’s ≈50 %.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.7 },
        brace: { contraction: 'isometric', effort: 0.8 },
        pull: { contraction: 'isometric', effort: 1 },
        squeeze: { contraction: 'isometric', effort: 0.9 },
        lower: { contraction: 'isometric', effort: 0.9 },
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
        setup: { contraction: 'isometric', effort: 0.7 },
        brace: { contraction: 'isometric', effort: 0.8 },
        pull: { contraction: 'isometric', effort: 1 },
        squeeze: { contraction: 'isometric', effort: 0.9 },
        lower: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Stiffens each lumbar segment in the held hinge; set a little below the erector spinae, as in every hinge here.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.7 },
        brace: { contraction: 'isometric', effort: 0.8 },
        pull: { contraction: 'isometric', effort: 1 },
        squeeze: { contraction: 'isometric', effort: 0.9 },
        lower: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'hamstrings',
      role: 'stabiliser',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Hold the hips in the hinge without moving them; well below their load in a moving hinge.',
      },
      phases: {
        setup: { contraction: 'eccentric', effort: 0.7 },
        brace: { contraction: 'isometric', effort: 0.9 },
        pull: { contraction: 'isometric', effort: 1 },
        squeeze: { contraction: 'isometric', effort: 0.9 },
        lower: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'gluteus-maximus',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Holds the hips in the hinge with the hamstrings; set just below them.',
      },
      phases: {
        setup: { contraction: 'eccentric', effort: 0.7 },
        brace: { contraction: 'isometric', effort: 0.9 },
        pull: { contraction: 'isometric', effort: 1 },
        squeeze: { contraction: 'isometric', effort: 0.9 },
        lower: { contraction: 'isometric', effort: 0.9 },
      },
    },
  ],
};
