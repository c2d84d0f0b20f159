import { describe, expect, it } from 'vitest';
import { ERECTOR_SPINAE_IDS, MUSCLE_IDS } from '../../src/domain/anatomy/ids';
import {
  EXERCISE_MOTIONS,
  JOINT_LIMITS,
  bakedMotion,
  createMotionSample,
  sampleExercise,
  withinLimit,
} from '../../src/domain/motion';
import type { LimitedAngle, MotionSample } from '../../src/domain/motion';
import { JOINT_NAMES, jointIndex } from '../../src/domain/skeleton';

const STEP = 1 / 60;

function samples(id: string, step = STEP): MotionSample[] {
  const period = bakedMotion(id).keys.period;
  const out: MotionSample[] = [];
  for (let t = 0; t < period; t += step) out.push(sampleExercise(id, t, createMotionSample()));
  return out;
}

const LIMB_LIMITS = [
  'hipFlexion',
  'hipAbduction',
  'hipRotation',
  'kneeFlexion',
  'ankleDorsiflexion',
  'shoulderFlexion',
  'shoulderAbduction',
  'shoulderRotation',
  'elbowFlexion',
] as const satisfies readonly LimitedAngle[];

describe('no joint passes its limit', () => {
  it.each(EXERCISE_MOTIONS.map((m) => m.id))('%s', (id) => {
    for (const s of samples(id, 1 / 30)) {
      const where = `${id} at ${s.time.toFixed(2)} s`;
      for (const side of ['left', 'right'] as const) {
        for (const angle of LIMB_LIMITS)
          expect(withinLimit(angle, s.pose[side][angle], 1), `${side} ${angle} ${where}`).toBe(true);
        expect(s.pose[side].kneeFlexion, `no knee hyperextension beyond 5°, ${where}`).toBeGreaterThanOrEqual(-5);
      }
      expect(withinLimit('lumbarFlexion', s.pose.lumbar.flexion), where).toBe(true);
      expect(withinLimit('lumbarLateralBend', s.pose.lumbar.lateralBend), where).toBe(true);
      expect(withinLimit('lumbarRotation', s.pose.lumbar.rotation), where).toBe(true);
      expect(withinLimit('thoracicFlexion', s.pose.thoracic.flexion), where).toBe(true);
      expect(withinLimit('thoracicRotation', s.pose.thoracic.rotation), where).toBe(true);
      expect(withinLimit('neckFlexion', s.pose.neck.flexion), where).toBe(true);
    }
    expect(JOINT_LIMITS.kneeFlexion.min).toBe(-5);
  });
});

describe('barbell hinges', () => {
  it.each(['deadlift', 'romanian-deadlift'])(
    '%s: the bar drifts < 5 cm and stays in front of shins and thighs',
    (id) => {
      let minZ = Infinity;
      let maxZ = -Infinity;
      for (const s of samples(id)) {
        const bar = s.implement!.position;
        minZ = Math.min(minZ, bar.z);
        maxZ = Math.max(maxZ, bar.z);
        // Estimated radii: shin 3.5 cm, thigh 7 cm, bar 1.45 cm; 1 cm of soft-tissue give is allowed.
        for (const [lower, upper, radius] of [
          ['foot_left', 'shin_left', 0.035],
          ['shin_left', 'thigh_left', 0.07],
        ] as const) {
          const a = s.joints[jointIndex(lower)];
          const b = s.joints[jointIndex(upper)];
          if (bar.y < Math.min(a.y, b.y) || bar.y > Math.max(a.y, b.y)) continue;
          const legZ = a.z + ((bar.y - a.y) / (b.y - a.y)) * (b.z - a.z);
          expect(bar.z - legZ - radius - 0.0145, `${upper} at ${s.time.toFixed(2)} s`).toBeGreaterThan(-0.01);
        }
      }
      expect(maxZ - minZ).toBeLessThan(0.05);
    },
  );

  it('deadlift: the plates start on the floor (bar axle at the 0.225 m plate radius)', () => {
    const s = sampleExercise('deadlift', 0);
    expect(Math.abs(s.implement!.position.y - 0.225)).toBeLessThan(0.01);
  });

  it.each(['deadlift', 'romanian-deadlift', 'good-morning', 'bent-over-barbell-row', 'kettlebell-swing'])(
    '%s: the hips do the bending (hip flexion > 60°) while the lumbar spine stays near neutral',
    (id) => {
      const all = samples(id);
      const peakHip = Math.max(...all.map((s) => s.pose.left.hipFlexion));
      const peakLumbar = Math.max(...all.map((s) => Math.abs(s.pose.lumbar.flexion)));
      expect(peakHip).toBeGreaterThan(60);
      expect(peakLumbar).toBeLessThan(peakHip / 5);
    },
  );

  it('deadlift: the load sits farther from L5/S1 off the floor than at lockout', () => {
    const bottom = sampleExercise('deadlift', 0).loadLeverArm!;
    const top = sampleExercise('deadlift', 2.5).loadLeverArm!;
    expect(bottom).toBeGreaterThan(top);
    expect(bottom).toBeLessThan(0.6);
  });
});

describe('Jefferson curl rolls segment by segment', () => {
  it('flexes the neck, then the thorax, then the lumbar spine, and unrolls in reverse', () => {
    const all = samples('jefferson-curl');
    const half = (pick: (s: MotionSample) => number) => {
      const peak = Math.max(...all.map(pick));
      const down = all.find((s) => pick(s) >= peak / 2)!.time;
      const up = [...all].reverse().find((s) => pick(s) >= peak / 2)!.time;
      return { down, up };
    };
    const neck = half((s) => s.pose.neck.flexion);
    const thorax = half((s) => s.pose.thoracic.flexion);
    const lumbar = half((s) => s.pose.lumbar.flexion);
    expect(neck.down).toBeLessThan(thorax.down);
    expect(thorax.down).toBeLessThan(lumbar.down);
    expect(lumbar.up).toBeLessThan(thorax.up);
    expect(thorax.up).toBeLessThan(neck.up);
  });
});

describe('each-side exercises play both sides as mirror images', () => {
  it.each(EXERCISE_MOTIONS.filter((m) => m.bothSides).map((m) => m.id))('%s', (id) => {
    const b = bakedMotion(id);
    const half = b.keys.period / 2;
    for (const t of [0.3, half * 0.5, half * 0.8]) {
      const a = sampleExercise(id, t, createMotionSample());
      const m = sampleExercise(id, t + half, createMotionSample());
      expect(a.side).toBe(0);
      expect(m.side).toBe(1);
      JOINT_NAMES.forEach((name, j) => {
        const twin = name.endsWith('_left') ? name.replace('_left', '_right') : name.replace('_right', '_left');
        const p = m.joints[jointIndex(twin as (typeof JOINT_NAMES)[number])];
        expect(
          Math.hypot(p.x + a.joints[j].x, p.y - a.joints[j].y, p.z - a.joints[j].z),
          `${name} at ${t}`,
        ).toBeLessThan(0.01);
      });
    }
  });
});

describe('muscles', () => {
  const esLengthChange = (s: MotionSample) =>
    s.muscles
      .filter((m) => (ERECTOR_SPINAE_IDS as readonly string[]).includes(m.id))
      .reduce((sum, m) => sum + m.velocity, 0);

  it('the erector spinae lengthen in the RDL descent and shorten in the ascent', () => {
    const all = samples('romanian-deadlift');
    const descent = all.filter((s) => s.phase === 'descent').map(esLengthChange);
    const ascent = all.filter((s) => s.phase === 'ascent').map(esLengthChange);
    expect(descent.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(ascent.reduce((a, b) => a + b, 0)).toBeLessThan(0);
    expect(descent.filter((v) => v < -1e-6)).toHaveLength(0);
    expect(ascent.filter((v) => v > 1e-6)).toHaveLength(0);
  });

  it('the erector spinae stay isometric through the plank hold', () => {
    for (const s of samples('plank').filter((x) => x.phase === 'hold')) {
      for (const m of s.muscles.filter((x) => (ERECTOR_SPINAE_IDS as readonly string[]).includes(x.id))) {
        expect(m.contraction, `${m.id} ${m.side} at ${s.time.toFixed(2)}`).toBe('isometric');
      }
    }
  });

  it('reports a finite length for every muscle on both sides', () => {
    const s = sampleExercise('deadlift', 1);
    expect(s.muscles).toHaveLength(2 * MUSCLE_IDS.length);
    for (const m of s.muscles) expect(Number.isFinite(m.length) && m.length > 0, `${m.id} ${m.side}`).toBe(true);
  });
});
