import type { Exercise } from '../types';

/** Cable wood chop: a diagonal pull from high to low that trains the trunk to turn and brace. */
export const cableWoodChop: Exercise = {
  id: 'cable-wood-chop',
  name: 'Cable Wood Chop',
  group: 'pain-relief',
  fromArticle: false,
  equipment: ['cable-station'],
  why:
    'Sport and daily life load the spine from the side and on the diagonal, not only front to back. ' +
    'The chop trains your trunk to turn through the hips and upper back while the lumbar spine, which barely rotates, stays braced. ' +
    'The cable lets you set a light, steady load and raise it gradually.',
  sidedness: 'each-side',
  phases: ['setup', 'brace', 'chop', 'return'],
  steps: [
    {
      phase: 'setup',
      text: 'Set the pulley high, stand side-on with it to your right, feet a little wider than your hips, and take the handle in both hands up by your right shoulder.',
      cue: 'Handle high and right',
    },
    {
      phase: 'brace',
      text: 'Breathe in, tighten your stomach and keep your arms long without locking the elbows.',
      cue: 'Brace, arms long',
    },
    {
      phase: 'chop',
      text: 'Pull the handle down and across your body toward your left hip, turning your chest and pivoting on your right foot while your lower back stays steady.',
      cue: 'Chop down and across',
    },
    {
      phase: 'return',
      text: 'Let the cable draw the handle slowly back up to your shoulder, then finish your reps and switch sides.',
      cue: 'Slowly back up',
    },
  ],
  easier: 'Kneel on one knee side-on to the cable, use a lighter weight and make the turn smaller.',
  harder: 'Add weight gradually, or pause for a second at the bottom before you let the handle rise.',
  tip: 'Let your chest and hips turn together, as if your ribcage and belt buckle were tied by a short rope.',
  variations: [
    {
      name: 'Half-kneeling cable chop',
      description: 'The same diagonal pull from one knee, which takes the legs out and keeps the turn small.',
      kind: 'easier',
    },
    {
      name: 'Low-to-high cable chop',
      description: 'The pulley starts low and the handle travels up and across, also called a lift.',
      kind: 'alternative',
    },
    {
      name: 'Medicine-ball wood chop',
      description: 'The same high-to-low diagonal swing holding a medicine ball, with no cable.',
      kind: 'alternative',
    },
  ],
  prescription: { kind: 'reps', reps: 10, repsMax: 15, perSide: true },
  safety: [
    'Start light: the turn should come from your hips and upper back, not from twisting your lower back.',
    'Keep the movement smooth rather than jerky, and stop if back pain grows sharper.',
  ],
  loads: [
    {
      muscle: 'external-oblique',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Turns and slightly flexes the trunk against a moderate cable load; set level with the side plank’s cited oblique floor.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.4 },
        chop: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'internal-oblique',
      role: 'prime-mover',
      load: 0.4,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Pairs with the opposite external oblique to turn the trunk; set a little below it.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.4 },
        chop: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'latissimus-dorsi',
      role: 'prime-mover',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Draws the handle down and across with long arms; a moderate load shared with the trunk.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.3 },
        chop: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'deltoid',
      role: 'synergist',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning: 'The rear fibres help pull the arm down and across; below the latissimus, which does most of it.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.3 },
        chop: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'rectus-abdominis',
      role: 'synergist',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Adds a little trunk flexion as the handle travels low; set below the obliques.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.5 },
        chop: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'gluteus-maximus',
      role: 'synergist',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Turns the pelvis with the pivot toward the finish; a light, fast share of the rotation.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        brace: { contraction: 'isometric', effort: 0.2 },
        chop: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.5 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.2,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the lumbar segments steady while the trunk turns above and below them (lumbar rotation is ≈2° a level, pearcy-1985); light, steady work.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        brace: { contraction: 'isometric', effort: 0.5 },
        chop: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.7 },
      },
    },
  ],
};
