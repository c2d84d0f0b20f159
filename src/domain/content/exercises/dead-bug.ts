import type { Exercise } from '../types';

/** Dead bug: opposite arm and leg reach from the back while the trunk stays pinned and still. */
export const deadBug: Exercise = {
  id: 'dead-bug',
  name: 'Dead Bug',
  group: 'pain-relief',
  fromArticle: false,
  equipment: ['mat'],
  why:
    'As an arm and the opposite leg stretch away, they pull on your ribs and pelvis and try to arch and twist your lower back. ' +
    'Your abdominals have to hold the spine still against that pull, the same kind of steadiness that protects your back when you lift. ' +
    'Lying on the floor keeps it low-risk and easy to scale.',
  sidedness: 'each-side',
  phases: ['setup', 'brace', 'reach', 'return'],
  steps: [
    {
      phase: 'setup',
      text: 'Lie on your back with your arms pointing at the ceiling and your hips and knees bent to right angles, shins level with the floor.',
      cue: 'Arms up, knees over hips',
    },
    {
      phase: 'brace',
      text: 'Breathe out and let your lower back rest flat on the mat, ribs drawn gently down.',
      cue: 'Back flat, ribs down',
    },
    {
      phase: 'reach',
      text: 'Slowly reach your right arm back past your head and stretch your left leg out just above the floor, stopping before your back starts to lift.',
      cue: 'Reach long, back flat',
    },
    {
      phase: 'return',
      text: 'Draw the arm and leg back to the start, then repeat with your left arm and right leg.',
      cue: 'Back to centre',
    },
  ],
  easier: 'Keep the knee bent and just lower that foot to tap the floor, leaving your arms pointing up.',
  harder: 'Hold a light dumbbell or medicine ball in your hands, or pause for a few seconds at full reach.',
  tip: 'Breathe out as you reach; an empty chest makes it easier to keep your ribs down and your back flat.',
  variations: [
    {
      name: 'Heel-tap dead bug',
      description: 'One bent leg lowers until the heel touches the floor while the arms stay still.',
      kind: 'easier',
    },
    {
      name: 'Weighted dead bug',
      description: 'A light weight held in the hands makes each arm reach harder to control.',
      kind: 'harder',
    },
    {
      name: 'Paused dead bug',
      description: 'Hold the full reach for a slow count of three before returning.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 10, repsMax: 15, perSide: true },
  safety: [
    'Only reach as far as you can keep your lower back flat on the mat.',
    'Move slowly and gently, and stop if pain grows sharper.',
  ],
  loads: [
    {
      muscle: 'rectus-abdominis',
      role: 'prime-mover',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Holds the pelvis and ribs still as the limbs reach; bodyweight only, so set below the plank’s cited 0.46.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.6 },
        reach: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.7 },
      },
    },
    {
      muscle: 'external-oblique',
      role: 'prime-mover',
      load: 0.35,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Resists the twist of opposite limbs reaching; lighter than the plank’s braced, cited 0.77, so set far below it.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.6 },
        reach: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.7 },
      },
    },
    {
      muscle: 'internal-oblique',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Works with the external oblique against the twist; set a little below it.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 0.6 },
        reach: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.7 },
      },
    },
    {
      muscle: 'transversus-abdominis',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'The breath out and flat back draw the deep wall tight throughout; set near the plank’s estimate.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        brace: { contraction: 'isometric', effort: 1 },
        reach: { contraction: 'isometric', effort: 1 },
        return: { contraction: 'isometric', effort: 0.8 },
      },
    },
    {
      muscle: 'psoas-major',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Lets the straightening leg down under control and lifts it back; one leg only, so below the leg raise’s 0.45.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.4 },
        brace: { contraction: 'isometric', effort: 0.4 },
        reach: { contraction: 'eccentric', effort: 1 },
        return: { contraction: 'concentric', effort: 0.9 },
      },
    },
    {
      muscle: 'iliacus',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Shares hip flexion with psoas major through the same tendon; the same share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.4 },
        brace: { contraction: 'isometric', effort: 0.4 },
        reach: { contraction: 'eccentric', effort: 1 },
        return: { contraction: 'concentric', effort: 0.9 },
      },
    },
    {
      muscle: 'latissimus-dorsi',
      role: 'stabiliser',
      load: 0.15,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Controls the arm as it lowers overhead and pulls it back; the arm is light, so a small share.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.05 },
        brace: { contraction: 'isometric', effort: 0.1 },
        reach: { contraction: 'eccentric', effort: 1 },
        return: { contraction: 'concentric', effort: 0.8 },
      },
    },
  ],
};
