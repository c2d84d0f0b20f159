import type { Exercise } from '../types';

/** Back extension: a body-weight hip hinge on a 45° back-extension station. */
export const backExtension: Exercise = {
  id: 'back-extension',
  name: 'Back Extension',
  group: 'strength',
  fromArticle: true,
  equipment: ['back-extension-station'],
  why:
    'A back-extension station, the sloped bench with a thigh pad and a footplate found in most gyms, lets you train hip extension with nothing but your body weight. ' +
    'Your lower back works to hold your spine in line while your hips move, which makes it a friendly first step into direct lower-back training.',
  sidedness: 'bilateral',
  phases: ['setup', 'descent', 'bottom', 'ascent'],
  steps: [
    {
      phase: 'setup',
      text: 'Set the thigh pad so it ends just below the crease of your hips, then lean into it with your heels tucked under the ankle pad.',
      cue: 'Pad below hip crease',
    },
    {
      phase: 'setup',
      text: 'Cross your arms over your chest and line your body up straight from head to heels.',
      cue: 'Arms crossed, body long',
    },
    {
      phase: 'descent',
      text: 'Hinge slowly at your hips and lower your chest toward the floor, keeping your back flat.',
      cue: 'Hinge down slowly',
    },
    {
      phase: 'bottom',
      text: 'Stop when your body makes a right angle at your hips.',
      cue: 'Right angle at hips',
    },
    {
      phase: 'ascent',
      text: 'Squeeze your glutes and hamstrings to lift yourself back to a straight line, and stop there rather than arching past it.',
      cue: 'Glutes lift you up',
    },
  ],
  easier:
    'Raise the front end of the station on a few weight plates; the more upright you start, the less your body weight loads your back.',
  harder: 'Hold a weight plate flat against your chest.',
  tip: 'Place the pad so your hips can fold freely in front of it; if it presses on your hip bones, it cuts your range short.',
  variations: [
    {
      name: 'Raised-angle back extension',
      description:
        'Plates under the front of the station tilt you more upright, so you lift less of your body weight on each rep.',
      kind: 'easier',
    },
    {
      name: 'Weighted back extension',
      description: 'A weight plate held to your chest adds load once body weight feels easy.',
      kind: 'harder',
    },
    {
      name: 'Horizontal back extension',
      description:
        'On a flat 90° bench your body starts level with the floor, so the lever is longer through the whole rep.',
      kind: 'harder',
    },
  ],
  prescription: { kind: 'reps', reps: 10, repsMax: 15 },
  safety: [
    'Come up only to a straight line; swinging into a big arch at the top pinches your lower back without making it stronger.',
    'Move smoothly rather than bouncing out of the bottom.',
  ],
  loads: [
    {
      muscle: 'gluteus-maximus',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Extends the hip against upper-body weight only (da-silva-2009 gives no %MVC); set just below the RDL figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.4 },
        descent: { contraction: 'eccentric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 0.5 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'hamstrings',
      role: 'prime-mover',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Share hip extension with the gluteus maximus against body weight (da-silva-2009 gives no %MVC); given the same figure.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.4 },
        descent: { contraction: 'eccentric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 0.6 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
    {
      muscle: 'longissimus-lumborum',
      role: 'stabiliser',
      load: 0.5,
      loadSource: {
        kind: 'cited',
        ref: 'konrad-2001',
        detail:
          'Trunk extensors reached about 50 % MVC at end range in exercises that combined trunk and hip extension; 10 healthy adults.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.8 },
        descent: { contraction: 'isometric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 0.4 },
        ascent: { contraction: 'isometric', effort: 1 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'stabiliser',
      load: 0.5,
      loadSource: {
        kind: 'cited',
        ref: 'konrad-2001',
        detail:
          'Trunk extensors reached about 50 % MVC at end range in exercises that combined trunk and hip extension; 10 healthy adults.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.8 },
        descent: { contraction: 'isometric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 0.4 },
        ascent: { contraction: 'isometric', effort: 1 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Stiffens each lumbar segment as the trunk is lifted; set a little below the erector spinae, as in every hinge here.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.8 },
        descent: { contraction: 'isometric', effort: 0.7 },
        bottom: { contraction: 'isometric', effort: 0.4 },
        ascent: { contraction: 'isometric', effort: 1 },
      },
    },
    {
      muscle: 'adductor-magnus',
      role: 'synergist',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Its hamstring part helps extend the hip against body weight; set below the hamstrings.',
      },
      phases: {
        setup: { contraction: 'isometric', effort: 0.3 },
        descent: { contraction: 'eccentric', effort: 0.6 },
        bottom: { contraction: 'isometric', effort: 0.5 },
        ascent: { contraction: 'concentric', effort: 1 },
      },
    },
  ],
};
