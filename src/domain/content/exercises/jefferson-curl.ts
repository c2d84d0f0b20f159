import type { Exercise } from '../types';

/** Jefferson curl: a slow, light-weight roll down through the spine from a raised platform, and back up. */
export const jeffersonCurl: Exercise = {
  id: 'jefferson-curl',
  name: 'Jefferson Curl',
  group: 'strength',
  fromArticle: true,
  equipment: ['plyo-box', 'dumbbell'],
  why:
    'Your spine is built to bend forward and straighten again under the control of your back muscles, yet most people rarely load that range on purpose. ' +
    'The Jefferson curl trains exactly that, one section of the spine at a time, with a light weight. ' +
    'It is an advanced move, so build up to it patiently.',
  sidedness: 'bilateral',
  phases: ['setup', 'round', 'bottom', 'ascent'],
  steps: [
    {
      phase: 'setup',
      text: 'Stand on a plyo box or low step with your feet hip-width apart, holding one very light dumbbell in both hands in front of your thighs.',
      cue: 'Light weight, tall stance',
    },
    {
      phase: 'setup',
      text: 'Straighten your knees as fully as you comfortably can, and keep them that way for the whole rep.',
      cue: 'Knees straight',
    },
    {
      phase: 'round',
      text: 'Tuck your chin and slowly roll down, bending your spine one section at a time from your neck to your lower back.',
      cue: 'Chin first, roll down',
    },
    {
      phase: 'bottom',
      text: 'Let your arms hang and keep curling until the weight passes below the level of your feet, then take a calm breath.',
      cue: 'Reach below your toes',
    },
    {
      phase: 'ascent',
      text: 'Roll back up in reverse, stacking your lower back first and lifting your head last.',
      cue: 'Stack up slowly',
    },
  ],
  easier: 'Stand on the flat floor until your flexibility lets you reach past your feet.',
  harder: 'Add weight in small steps over the weeks, but only while every rep stays slow and smooth.',
  tip: 'Go slowly and on purpose, and keep your knees as straight as you can throughout.',
  variations: [
    {
      name: 'Floor Jefferson curl',
      description:
        'Standing on flat ground shortens the range, so you can build flexibility before stepping up onto a box.',
      kind: 'easier',
    },
    {
      name: 'Loaded Jefferson curl',
      description: 'A gradually heavier dumbbell or light barbell, added only while your technique stays the same.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 5, repsMax: 8 },
  safety: [
    'This is an advanced exercise: start with a very light weight and move slowly.',
    'Skip it while your back is painful or if you have a disc injury, and stop if you feel pain or tingling down a leg.',
  ],
  loads: [
    {
      muscle: 'longissimus-lumborum',
      role: 'prime-mover',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Lowers and raises the curling spine against a very light weight; no EMG study of this exercise was found, so set low.',
      },
      // Near full flexion the passive tissues of the back take over much of the load, so the bottom effort is small.
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        round: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 0.2 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'prime-mover',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Works alongside the lumbar longissimus as the spine curls and uncurls; given the same figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        round: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 0.2 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'longissimus-thoracis',
      role: 'prime-mover',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Controls the upper part of the roll, which starts in the thoracic spine; set with the lumbar fibres.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        round: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 0.2 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Controls each lumbar segment as it bends and straightens; set with the erector spinae here, as the load is light.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        round: { contraction: 'eccentric', effort: 0.8 },
        bottom: { contraction: 'isometric', effort: 0.2 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'hamstrings',
      role: 'synergist',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Lengthen over straight knees as the hips fold and help bring them back; light weight, so set low.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        round: { contraction: 'eccentric', effort: 0.6 },
        bottom: { contraction: 'isometric', effort: 0.8 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'gluteus-maximus',
      role: 'synergist',
      load: 0.2,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Helps extend the hips on the way up; light weight, so set just below the hamstrings.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        round: { contraction: 'eccentric', effort: 0.5 },
        bottom: { contraction: 'isometric', effort: 0.4 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
  ],
};
