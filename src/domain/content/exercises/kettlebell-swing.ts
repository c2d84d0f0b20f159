import type { Exercise } from '../types';

/** Kettlebell swing: a fast, two-handed hip hinge that throws the bell to chest height. */
export const kettlebellSwing: Exercise = {
  id: 'kettlebell-swing',
  name: 'Kettlebell Swing',
  group: 'strength',
  fromArticle: true,
  equipment: ['kettlebell'],
  why:
    'The falling bell drags you down into a hip hinge, and your hips have to snap you back out of it, so your lower back and glutes work hard many times a minute. ' +
    'Once you find a steady rhythm it doubles as conditioning and gets your heart rate up quickly.',
  sidedness: 'bilateral',
  // The swing is a cycle: the backswing of one rep is the hike of the next, so there is no separate set-up phase.
  phases: ['hike', 'drive', 'float', 'descent'],
  steps: [
    {
      phase: 'hike',
      text: 'Stand over the kettlebell with your feet shoulder-width apart, or a little wider.',
      cue: 'Stand over the bell',
    },
    {
      phase: 'hike',
      text: 'Hinge down, grip the handle with both hands, and hike the bell back between your thighs.',
      cue: 'Hike it back',
    },
    {
      phase: 'drive',
      text: 'Snap your hips forward hard so the bell swings up in front of you.',
      cue: 'Snap the hips',
    },
    {
      phase: 'float',
      text: 'Let your arms stay loose as the bell rises to about chest height, standing tall with your glutes and stomach tight.',
      cue: 'Loose arms, tall body',
    },
    {
      phase: 'descent',
      text: 'As the bell drops, brace and send your hips back again so it sweeps between your legs into the next rep.',
      cue: 'Hips back, bell through',
    },
  ],
  easier: 'Do just one or two swings at a time, park the bell, and reset your stance before the next few.',
  harder: 'Swing with one hand, or set your feet in a staggered stance so one hip does more of the work.',
  tip: 'Your hips power the bell, not your arms: think of your arms as ropes and let the snap of your hips send it.',
  variations: [
    {
      name: 'Single-arm swing',
      description: 'One hand holds the bell, so your trunk also has to stop you twisting toward it.',
      kind: 'harder',
    },
    {
      name: 'Staggered-stance swing',
      description: 'One foot sits half a step behind the other, shifting more of the work onto the front hip.',
      kind: 'harder',
    },
    {
      name: 'Swing singles',
      description: 'Each swing ends with the bell parked on the floor, giving you a fresh set-up on every rep.',
      kind: 'easier',
    },
  ],
  prescription: { kind: 'reps', reps: 10, repsMax: 15 },
  safety: [
    'Keep your back flat at the bottom of every swing; if it starts to round, park the bell and reset.',
    'Clear plenty of space in front of and behind you before you start.',
  ],
  loads: [
    {
      muscle: 'gluteus-maximus',
      role: 'prime-mover',
      load: 0.75,
      loadSource: {
        kind: 'cited',
        ref: 'van-gelder-2015',
        detail: 'Gluteus maximus 75.0 ± 55.4 average-of-peak %MVIC; two- and one-handed swings, 23 college-age adults.',
      },
      phases: {
        hike: { contraction: 'eccentric', effort: 0.7 },
        drive: { contraction: 'concentric', effort: 1 },
        float: { contraction: 'isometric', effort: 0.4 },
        descent: { contraction: 'eccentric', effort: 0.5 },
      },
    },
    {
      muscle: 'hamstrings',
      role: 'prime-mover',
      load: 0.79,
      loadSource: {
        kind: 'cited',
        ref: 'van-gelder-2015',
        detail:
          'Biceps femoris 79.0 ± 53.3 average-of-peak %MVIC, and the first of the measured muscles to fire; two- and one-handed swings, 23 college-age adults.',
      },
      phases: {
        hike: { contraction: 'eccentric', effort: 1 },
        drive: { contraction: 'concentric', effort: 0.9 },
        float: { contraction: 'isometric', effort: 0.3 },
        descent: { contraction: 'eccentric', effort: 0.6 },
      },
    },
    {
      muscle: 'gluteus-medius',
      role: 'stabiliser',
      load: 0.555,
      loadSource: {
        kind: 'cited',
        ref: 'van-gelder-2015',
        detail: 'Gluteus medius 55.5 ± 26.3 average-of-peak %MVIC; two- and one-handed swings, 23 college-age adults.',
      },
      phases: {
        hike: { contraction: 'eccentric', effort: 0.6 },
        drive: { contraction: 'concentric', effort: 1 },
        float: { contraction: 'isometric', effort: 0.4 },
        descent: { contraction: 'eccentric', effort: 0.5 },
      },
    },
    {
      muscle: 'longissimus-lumborum',
      role: 'stabiliser',
      load: 0.5,
      loadSource: {
        kind: 'cited',
        ref: 'mcgill-marshall-2012',
        detail: 'Low-back extensors about 50 % MVC in a 16 kg swing; 7 men and one expert.',
      },
      phases: {
        hike: { contraction: 'isometric', effort: 1 },
        drive: { contraction: 'isometric', effort: 0.9 },
        float: { contraction: 'isometric', effort: 0.3 },
        descent: { contraction: 'isometric', effort: 0.7 },
      },
    },
    {
      muscle: 'iliocostalis-lumborum',
      role: 'stabiliser',
      load: 0.5,
      loadSource: {
        kind: 'cited',
        ref: 'mcgill-marshall-2012',
        detail: 'Low-back extensors about 50 % MVC in a 16 kg swing; 7 men and one expert.',
      },
      phases: {
        hike: { contraction: 'isometric', effort: 1 },
        drive: { contraction: 'isometric', effort: 0.9 },
        float: { contraction: 'isometric', effort: 0.3 },
        descent: { contraction: 'isometric', effort: 0.7 },
      },
    },
    {
      muscle: 'multifidus',
      role: 'stabiliser',
      load: 0.45,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Stiffens each lumbar segment against the bell’s pull; set a little below the erector spinae, as in every hinge here.',
      },
      phases: {
        hike: { contraction: 'isometric', effort: 1 },
        drive: { contraction: 'isometric', effort: 0.9 },
        float: { contraction: 'isometric', effort: 0.3 },
        descent: { contraction: 'isometric', effort: 0.7 },
      },
    },
    {
      muscle: 'rectus-abdominis',
      role: 'stabiliser',
      load: 0.3,
      loadSource: {
        kind: 'estimate',
        reasoning: 'Stops the trunk leaning back as the hips snap through at the top; no figure found, set low.',
      },
      phases: {
        hike: { contraction: 'isometric', effort: 0.3 },
        drive: { contraction: 'isometric', effort: 0.6 },
        float: { contraction: 'isometric', effort: 1 },
        descent: { contraction: 'isometric', effort: 0.4 },
      },
    },
    {
      muscle: 'latissimus-dorsi',
      role: 'stabiliser',
      load: 0.25,
      loadSource: {
        kind: 'estimate',
        reasoning:
          'Pulls the bell back into the hike and keeps the arms close to the trunk; the arms stay loose, so set low.',
      },
      phases: {
        hike: { contraction: 'concentric', effort: 1 },
        drive: { contraction: 'isometric', effort: 0.4 },
        float: { contraction: 'isometric', effort: 0.3 },
        descent: { contraction: 'isometric', effort: 0.6 },
      },
    },
  ],
};
