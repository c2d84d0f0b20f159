import type { Exercise } from '../types';

/** Wood chopper: a dumbbell swept diagonally from high on one side to low on the other, turning through the hips. */
export const woodChopper: Exercise = {
  id: 'wood-chopper',
  name: 'Wood Chopper',
  group: 'strength',
  fromArticle: false,
  equipment: ['dumbbell'],
  // The lumbar joints turn only about 2° each (pearcy-1985), so the twist has to come from the hips and upper back.
  why:
    'Sport loads your back from every direction, not just front to back. ' +
    'The wood chopper trains your trunk to create and stop rotation on a diagonal while your hips and upper back do the turning, because the joints of your lower back allow very little twist.',
  sidedness: 'each-side',
  phases: ['setup', 'reach', 'chop', 'return'],
  steps: [
    {
      phase: 'setup',
      text: 'Stand with your feet a little wider than your hips and hold one dumbbell by its ends in both hands at your chest.',
      cue: 'Wide stance, bell at chest',
    },
    {
      phase: 'reach',
      text: 'Turn to your left and raise the dumbbell above your left shoulder with long arms.',
      cue: 'Reach high left',
    },
    {
      phase: 'chop',
      text: 'Chop it down and across your body toward the outside of your right knee, turning your hips and chest together and pivoting on your left foot.',
      cue: 'Chop to right knee',
    },
    {
      phase: 'chop',
      text: 'Bend your knees as the weight comes down so your hips, not your lower back, take the turn.',
      cue: 'Turn from the hips',
    },
    {
      phase: 'return',
      text: 'Rise and bring the dumbbell back to your chest under control before the next rep.',
      cue: 'Back to centre',
    },
  ],
  easier: 'Use a lighter dumbbell or a medicine ball and make the arc smaller.',
  harder: 'Use a heavier weight, or chop faster while keeping the stop at the bottom crisp and controlled.',
  tip: 'Let your hips and upper back do the turning and keep your belly braced; your lower back should ride along, not twist on its own.',
  variations: [
    {
      name: 'Medicine-ball wood chopper',
      description:
        'A ball is easy to hold with both hands and lighter to start with, so you can learn the diagonal path.',
      kind: 'easier',
    },
    {
      name: 'Half-kneeling chop',
      description: 'Kneeling on one knee takes your legs out of it, so your trunk has to steer the weight on its own.',
      kind: 'alternative',
    },
    {
      name: 'Cable wood chop',
      description: 'A cable set high on the stack pulls against you through the whole chop, not just on the way down.',
      kind: 'alternative',
    },
  ],
  prescription: { kind: 'reps', reps: 10, repsMax: 12, perSide: true },
  safety: [
    'Start light: turning under load may be new for your back, so learn the pattern first.',
    'Keep your hips and chest turning together rather than twisting at the waist, and stop if you feel a sharp pain.',
  ],
  loads: [
    {
      muscle: 'external-oblique',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Turns and flexes the trunk on the diagonal against a moderate dumbbell; no EMG figure found, so set moderate.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        reach: { contraction: 'eccentric', effort: 0.5 },
        chop: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.4 },
      },
    },
    {
      muscle: 'internal-oblique',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Pairs with the opposite external oblique to turn the trunk; given the same figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        reach: { contraction: 'eccentric', effort: 0.5 },
        chop: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.4 },
      },
    },
    {
      muscle: 'rectus-abdominis',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Flexes the trunk as the weight comes down; the chop is mostly a turn, so set below the obliques.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        reach: { contraction: 'eccentric', effort: 0.4 },
        chop: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.3 },
      },
    },
    {
      muscle: 'latissimus-dorsi',
      role: 'synergist',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Pulls the arms down and across in the chop; a light dumbbell, so set low to moderate.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        reach: { contraction: 'eccentric', effort: 0.3 },
        chop: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.3 },
      },
    },
    {
      muscle: 'deltoid',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Lifts the dumbbell above the shoulder and holds the arms out; a light dumbbell, so set low.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.4 },
        reach: { contraction: 'concentric', effort: 1 },
        chop: { contraction: 'eccentric', effort: 0.5 },
        return: { contraction: 'concentric', effort: 0.6 },
      },
    },
    {
      muscle: 'gluteus-maximus',
      role: 'synergist',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Turns and steadies the hips as you pivot and lowers and lifts you through the bent knees; set low to moderate.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        reach: { contraction: 'isometric', effort: 0.3 },
        chop: { contraction: 'eccentric', effort: 0.7 },
        return: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Stiffens the lumbar segments so the turn happens above and below them; light load, so set low.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        reach: { contraction: 'isometric', effort: 0.5 },
        chop: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.6 },
      },
    },
  ],
};
