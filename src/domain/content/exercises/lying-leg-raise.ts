import type { Exercise } from '../types';

/** Lying leg raise: straight legs lifted to vertical while the abdominals keep the pelvis flat. */
export const lyingLegRaise: Exercise = {
  id: 'lying-leg-raise',
  name: 'Lying Leg Raise',
  group: 'pain-relief',
  fromArticle: true,
  equipment: ['mat'],
  why:
    'Your core is a ring: the back muscles behind and the abdominals in front, and a healthy lower back needs both. ' +
    'This is a simple first step for the front of that ring, and it may also ease a tight or tense lower back.',
  sidedness: 'bilateral',
  phases: ['setup', 'brace', 'lift', 'lower'],
  steps: [
    {
      phase: 'setup',
      text: 'Lie on your back with your legs straight out and your feet touching.',
      cue: 'Legs long, feet together',
    },
    {
      phase: 'brace',
      text: 'Take a full breath in and let your lower back settle onto the floor.',
      cue: 'Breathe in, settle',
    },
    {
      phase: 'lift',
      text: 'As you breathe out, raise both legs with your knees straight until your toes point at the ceiling, keeping your lower back flat against the floor.',
      cue: 'Toes to the ceiling',
    },
    {
      phase: 'lower',
      text: 'Lower your legs slowly back to the floor without letting your lower back lift away from it.',
      cue: 'Slow way down',
    },
  ],
  easier: 'Bend your knees as you lift; shorter levers make the work for your abs much lighter.',
  harder: 'Strap on ankle weights, or lift one leg at a time while the other hovers just off the floor.',
  tip: 'Aim the effort at your lower abs. If the front of your hips does all the work and feels tight, slow down and flatten your back first.',
  variations: [
    {
      name: 'Bent-knee leg raise',
      description: 'Knees stay bent through the lift, which shortens the lever.',
      kind: 'easier',
    },
    {
      name: 'Ankle-weight leg raise',
      description: 'The same straight-leg lift with light weights around your ankles.',
      kind: 'harder',
    },
    {
      name: 'Single-leg raise with hover',
      description: 'One leg lifts to vertical while the other stays straight, hovering a little above the floor.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 8, repsMax: 12 },
  safety: [
    'Only lower your legs as far as you can keep your lower back on the floor.',
    'Go slowly and gently, and stop if your back pain sharpens.',
  ],
  loads: [
    {
      muscle: 'psoas-major',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Flexes the hip against both straight legs, a long lever near the floor; no figure was found, so a moderate share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        brace: { contraction: 'isometric', effort: 0.1 },
        lift: { contraction: 'concentric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.9 },
      },
    },
    {
      muscle: 'iliacus',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Shares hip flexion with psoas major through the same tendon; the same share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        brace: { contraction: 'isometric', effort: 0.1 },
        lift: { contraction: 'concentric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.9 },
      },
    },
    {
      muscle: 'quadriceps',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Rectus femoris helps flex the hip while the vasti keep the knees straight; below the iliopsoas.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.2 },
        lift: { contraction: 'concentric', effort: 1 },
        lower: { contraction: 'eccentric', effort: 0.9 },
      },
    },
    {
      muscle: 'rectus-abdominis',
      role: 'stabiliser',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the pelvis flat against the hip flexors’ pull without curling the trunk (yoo-2018: more with trunk flexion); below the curl-up’s cited 0.5.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.4 },
        lift: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'external-oblique',
      role: 'stabiliser',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Helps rectus abdominis anchor the pelvis and ribs; set a little below it.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.4 },
        lift: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'isometric', effort: 0.9 },
      },
    },
    {
      muscle: 'transversus-abdominis',
      role: 'stabiliser',
      load: 0.2,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Tightens the abdominal wall with the breath out; light, steady work as in the curl-up.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.6 },
        lift: { contraction: 'isometric', effort: 1 },
        lower: { contraction: 'isometric', effort: 0.8 },
      },
    },
  ],
};
