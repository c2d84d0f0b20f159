import type { Exercise } from '../types';

/** Cat-cow: a slow, unloaded walk of the lumbar spine between flexion and extension on all fours. */
export const catCow: Exercise = {
  id: 'cat-cow',
  name: 'Cat-Cow Stretch',
  group: 'pain-relief',
  fromArticle: true,
  equipment: ['mat'],
  why:
    'On all fours your arms and legs carry your weight, so the lumbar spine can bend and straighten with almost no load on it. ' +
    'Moving it slowly from a full round to a full arch gets blood moving through the area and eases stiffness and tension. ' +
    'That makes it a gentle first choice on a sore or stiff day.',
  sidedness: 'bilateral',
  phases: ['setup', 'arch', 'round', 'return'],
  steps: [
    {
      phase: 'setup',
      text: 'Come onto your hands and knees, wrists straight below your shoulders and knees straight below your hips.',
      cue: 'Hands under shoulders',
    },
    {
      phase: 'arch',
      text: 'Breathe in slowly and let your belly button drop toward the mat, so your lower back curves down while your arms and legs stay put.',
      cue: 'Belly sinks down',
    },
    {
      phase: 'round',
      text: 'Breathe out and push the mat away, curling your back up toward the ceiling as far as it comfortably goes.',
      cue: 'Curl up tall',
    },
    {
      phase: 'return',
      text: 'Ease back to a flat, level back before the next breath, keeping the whole movement smooth and unhurried.',
      cue: 'Back to flat',
    },
  ],
  easier: 'Rest on your forearms instead of your hands, which lowers your chest and shortens the movement.',
  harder: 'Start from the top of a push-up with your legs straight, and curl and arch your back from there.',
  tip: 'Let your breath set the pace: a long, full breath in for each arch and a long, full breath out for each round.',
  variations: [
    {
      name: 'Forearm cat-cow',
      description: 'The same round and arch with your weight on your forearms rather than your hands.',
      kind: 'easier',
    },
    {
      name: 'Plank cat-cow',
      description: 'Round and arch your back while holding a straight-legged push-up position.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 8, repsMax: 10 },
  safety: [
    'Move gently and only as far as feels easy; stop if any pain grows sharper.',
    'Keep your arms and legs still so the bend comes from your back, not from rocking.',
  ],
  loads: [
    {
      muscle: 'rectus-abdominis',
      role: 'prime-mover',
      load: 0.15,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Curls the unloaded trunk up against its own weight only; no EMG figure was found for cat-cow, so a small share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        arch: { contraction: 'eccentric', effort: 0.3 },
        round: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.4 },
      },
    },
    {
      muscle: 'external-oblique',
      role: 'synergist',
      load: 0.12,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Helps rectus abdominis flex the trunk in the round; set a little below it.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.1 },
        arch: { contraction: 'eccentric', effort: 0.3 },
        round: { contraction: 'concentric', effort: 1 },
        return: { contraction: 'eccentric', effort: 0.4 },
      },
    },
    {
      muscle: 'longissimus-lumborum',
      role: 'prime-mover',
      load: 0.15,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Draws the lumbar spine into the arch, which gravity already helps on all fours; a small share like the abdominals.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        arch: { contraction: 'concentric', effort: 1 },
        round: { contraction: 'eccentric', effort: 0.2 },
        return: { contraction: 'concentric', effort: 0.3 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'synergist',
      load: 0.15,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Extends the lumbar spine alongside longissimus in the arch; the same small share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        arch: { contraction: 'concentric', effort: 1 },
        round: { contraction: 'eccentric', effort: 0.2 },
        return: { contraction: 'concentric', effort: 0.3 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'synergist',
      load: 0.15,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Segmental extensor that shares the arch with the erector spinae; the same small share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.2 },
        arch: { contraction: 'concentric', effort: 1 },
        round: { contraction: 'eccentric', effort: 0.2 },
        return: { contraction: 'concentric', effort: 0.3 },
      },
    },
  ],
};
