import type { Exercise } from '../types';

/** Russian twist: a leaned-back seated turn from side to side that works the obliques. */
export const russianTwist: Exercise = {
  id: 'russian-twist',
  name: 'Russian Twist',
  group: 'pain-relief',
  fromArticle: false,
  equipment: ['mat', 'medicine-ball'],
  why:
    'Turning your trunk while you hold a leaned-back seat makes the obliques rotate you and the rest of the core hold you up at once. ' +
    'That builds the control to handle forces that come at the spine from the side, which matters for sport and for reaching and turning in daily life.',
  sidedness: 'each-side',
  phases: ['setup', 'brace', 'rotate', 'return'],
  steps: [
    {
      phase: 'setup',
      text: 'Sit on the mat with your knees bent and heels on the floor, then lean back a little with a long spine, holding a medicine ball or your hands together at your chest.',
      cue: 'Sit tall, lean back',
    },
    {
      phase: 'brace',
      text: 'Tighten your stomach so your back stays long and does not slump as you lean.',
      cue: 'Long spine, brace',
    },
    {
      phase: 'rotate',
      text: 'Turn your chest and shoulders to the right, taking the ball beside your right hip while your knees stay pointing forward.',
      cue: 'Turn ribs to the right',
    },
    {
      phase: 'return',
      text: 'Come back through the middle with control, then turn the same way to the left.',
      cue: 'Back through centre',
    },
  ],
  easier: 'Leave the ball out, lean back less and keep your heels on the floor.',
  harder: 'Hold a heavier ball, or lift your feet just off the floor while you turn.',
  tip: 'Follow the ball with your eyes and turn from your ribcage; your knees should hardly move.',
  variations: [
    {
      name: 'Bodyweight Russian twist',
      description: 'Hands clasped at your chest with no ball, heels on the floor.',
      kind: 'easier',
    },
    {
      name: 'Feet-up Russian twist',
      description: 'Feet hover off the floor, so you balance on your seat as you turn.',
      kind: 'harder',
    },
    {
      name: 'Plate Russian twist',
      description: 'A weight plate held at arm’s length in place of the ball.',
      kind: 'alternative',
    },
  ],
  prescription: { kind: 'reps', reps: 10, repsMax: 15, perSide: true },
  safety: [
    'Turn at a steady pace; whipping a heavy ball from side to side twists the lower back harder than it can comfortably take.',
    'Leave this one out on a painful day, and stop if pain grows sharper.',
  ],
  loads: [
    {
      muscle: 'external-oblique',
      role: 'prime-mover',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Turns the trunk with a light ball while holding a lean; a little below the cable chop, which adds a heavier pull.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.5 },
        rotate: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'concentric', effort: 0.8 },
      },
    },
    {
      muscle: 'internal-oblique',
      role: 'prime-mover',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Pairs with the opposite external oblique to turn the trunk each way; the same share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.5 },
        rotate: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'concentric', effort: 0.8 },
      },
    },
    {
      muscle: 'rectus-abdominis',
      role: 'stabiliser',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the leaned-back trunk against gravity throughout; near the leg raise, below the curl-up’s cited 0.5.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.7 },
        brace: { contraction: 'isometric', effort: 0.9 },
        rotate: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 1 },
      },
    },
    {
      muscle: 'psoas-major',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the hips bent so the trunk can lean back; a steady hold, below the leg raise’s 0.45 and higher with feet up.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.7 },
        brace: { contraction: 'isometric', effort: 0.9 },
        rotate: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 1 },
      },
    },
    {
      muscle: 'iliacus',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Shares the hip-flexion hold with psoas major through the same tendon; the same share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.7 },
        brace: { contraction: 'isometric', effort: 0.9 },
        rotate: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 1 },
      },
    },
    {
      muscle: 'transversus-abdominis',
      role: 'stabiliser',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Keeps the abdominal wall tight under the lean and turn; light, steady work.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.4 },
        brace: { contraction: 'isometric', effort: 1 },
        rotate: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.9 },
      },
    },
  ],
};
