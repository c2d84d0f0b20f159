import { describe, expect, it } from 'vitest';
import { DISC_IDS } from '../../src/domain/anatomy/ids';
import { SEGMENTS } from '../../src/domain/anatomy/segments';
import { EXERCISES, exerciseById } from '../../src/domain/content/exercises';
import {
  EXERCISE_MOTIONS,
  bakedMotion,
  createMotionSample,
  sampleExercise,
  sampleExerciseAtTime,
} from '../../src/domain/motion';
import { exerciseTimeline } from '../../src/domain/motion/timeline';
import type { MotionSample } from '../../src/domain/motion';
import { JOINT_NAMES, jointIndex } from '../../src/domain/skeleton';
import type { JointName } from '../../src/domain/skeleton';

const STEP = 1 / 60;
// Estimated half-thickness of the body around each joint centre (m): a joint may rest this high above the floor.
const RADIUS: Partial<Record<JointName, number>> = {
  pelvis: 0.07,
  T7: 0.06,
  head: 0.06,
  shin_left: 0.04,
  shin_right: 0.04,
  forearm_left: 0.03,
  forearm_right: 0.03,
  foot_left: 0.035,
  foot_right: 0.035,
};

function sweep(id: string, visit: (s: MotionSample, t: number, key: number) => void): void {
  const b = bakedMotion(id);
  const out = createMotionSample();
  for (let t = 0; t <= b.keys.period + 1e-9; t += STEP) {
    sampleExercise(id, t, out);
    const key = b.phases.length > 0 ? keyAt(b.keys.times, out.time) : 0;
    visit(out, t, key);
  }
}

function keyAt(times: Float64Array, t: number): number {
  let k = times.length - 1;
  while (k > 0 && times[k] > t) k--;
  return k;
}

function point(s: MotionSample, name: string) {
  if ((JOINT_NAMES as readonly string[]).includes(name)) return s.joints[jointIndex(name as JointName)];
  return s.landmarks[name as keyof MotionSample['landmarks']];
}

describe('every exercise has a motion', () => {
  it('covers all 22 content exercises, with the content phases in order', () => {
    expect(EXERCISES).toHaveLength(22);
    for (const exercise of EXERCISES) {
      const motion = EXERCISE_MOTIONS.find((m) => m.id === exercise.id);
      expect(motion, exercise.id).toBeDefined();
      const order = motion!.keys.map((k) => k.phase).filter((p, i, all) => i === 0 || all[i - 1] !== p);
      expect(order, exercise.id).toEqual(exercise.phases);
      expect(motion!.bothSides, exercise.id).toBe(exercise.sidedness === 'each-side');
    }
  });
});

describe.each(EXERCISE_MOTIONS.map((m) => [m.id, m] as const))('%s', (id, motion) => {
  it('keeps every lumbar segment inside its range', () => {
    sweep(id, (s, t) => {
      DISC_IDS.forEach((disc) => {
        const limit = SEGMENTS.find((seg) => seg.id === disc)!;
        const a = s.lumbarSegments[disc];
        const where = `${disc} at ${t.toFixed(2)} s`;
        expect(a.flexion, where).toBeLessThanOrEqual(limit.maxFlexionDeg + 1e-6);
        expect(a.flexion, where).toBeGreaterThanOrEqual(-limit.maxExtensionDeg - 1e-6);
        expect(Math.abs(a.lateralBend), where).toBeLessThanOrEqual(limit.maxLateralBendDeg + 1e-6);
        expect(Math.abs(a.rotation), where).toBeLessThanOrEqual(limit.maxAxialRotationDeg + 1e-6);
      });
    });
  });

  it('meets its spine expectation (neutral band, peak flexion or extension)', () => {
    let peakFlexion = -Infinity;
    let peakExtension = -Infinity;
    sweep(id, (s, t) => {
      const f = s.pose.lumbar.flexion;
      peakFlexion = Math.max(peakFlexion, f);
      peakExtension = Math.max(peakExtension, -f);
      const band = motion.spine.neutralBand;
      if (band) {
        expect(f, `lumbar flexion at ${t.toFixed(2)} s`).toBeGreaterThanOrEqual(band[0]);
        expect(f, `lumbar flexion at ${t.toFixed(2)} s`).toBeLessThanOrEqual(band[1]);
      }
    });
    if (motion.spine.minPeakFlexion !== undefined)
      expect(peakFlexion).toBeGreaterThanOrEqual(motion.spine.minPeakFlexion);
    if (motion.spine.minPeakExtension !== undefined) {
      expect(peakExtension).toBeGreaterThanOrEqual(motion.spine.minPeakExtension);
    }
  });

  it('keeps planted contacts still (< 1 cm) and nothing sinks into the floor (> 1 cm)', () => {
    const b = bakedMotion(id);
    const anchors = new Map<string, { x: number; y: number; z: number }>();
    sweep(id, (s, t, key) => {
      const plan = b.plans[b.sides[key]];
      plan.contacts.forEach((contact, i) => {
        const active = plan.activeBySegment[key][i];
        for (const name of contact.touches) {
          const tag = `${i}:${name}:${b.sides[key]}`;
          if (!active) {
            anchors.delete(tag);
            continue;
          }
          const p = point(s, name);
          const first = anchors.get(tag) ?? { x: p.x, y: p.y, z: p.z };
          anchors.set(tag, first);
          const moved = Math.hypot(p.x - first.x, p.y - first.y, p.z - first.z);
          expect(moved, `${name} at ${t.toFixed(2)} s`).toBeLessThan(0.01);
        }
      });
      JOINT_NAMES.forEach((name, j) => {
        expect(s.joints[j].y - (RADIUS[name] ?? 0), `${name} at ${t.toFixed(2)} s`).toBeGreaterThan(-0.01);
      });
      for (const name of [
        'heel_left',
        'heel_right',
        'toeTip_left',
        'toeTip_right',
        'fingertip_left',
        'fingertip_right',
      ] as const) {
        expect(s.landmarks[name].y, `${name} at ${t.toFixed(2)} s`).toBeGreaterThan(-0.01);
      }
    });
  });

  it('keeps the hands on the implement', () => {
    if (!motion.implement) return;
    const b = bakedMotion(id);
    sweep(id, (s, t) => {
      const imp = s.implement!;
      const hands = b.plans[s.side].implementHands;
      if (hands !== 'right')
        expect(s.landmarks.grip_left.distanceTo(imp.gripLeft), `left at ${t.toFixed(2)}`).toBeLessThan(0.01);
      if (hands !== 'left')
        expect(s.landmarks.grip_right.distanceTo(imp.gripRight), `right at ${t.toFixed(2)}`).toBeLessThan(0.01);
    });
  });

  it('loops without a jump and moves without teleporting', () => {
    const period = bakedMotion(id).keys.period;
    const a = sampleExercise(id, 0, createMotionSample());
    const z = sampleExercise(id, period - 1e-4, createMotionSample());
    JOINT_NAMES.forEach((name, j) => expect(a.joints[j].distanceTo(z.joints[j]), name).toBeLessThan(0.005));
    const prev = createMotionSample();
    sampleExercise(id, 0, prev);
    sweep(id, (s, t) => {
      JOINT_NAMES.forEach((name, j) => {
        // 4 m/s is far beyond any joint speed in these exercises; a larger step is a discontinuity.
        expect(s.joints[j].distanceTo(prev.joints[j]), `${name} at ${t.toFixed(2)} s`).toBeLessThan(4 * STEP);
        prev.joints[j].copy(s.joints[j]);
      });
    });
  });

  it('keeps every content phase in the loop', () => {
    const seen = new Set<string>();
    sweep(id, (s) => seen.add(s.phase));
    expect([...seen].sort()).toEqual([...new Set(exerciseById(id)!.phases)].sort());
  });
});

describe('sampling in the frame loop', () => {
  it('takes the time from the sample and gives the same pose as passing it, wrapped into the loop', () => {
    const period = exerciseTimeline('deadlift').period;
    const t = period * 1.37;
    const passed = sampleExercise('deadlift', t);
    const carried = createMotionSample();
    carried.time = t;
    sampleExerciseAtTime('deadlift', carried);
    expect(carried.time).toBeCloseTo(period * 0.37, 9);
    expect(carried.phase).toBe(passed.phase);
    for (let j = 0; j < passed.localRotations.length; j++) {
      expect(carried.localRotations[j].angleTo(passed.localRotations[j])).toBeLessThan(1e-6);
    }
    expect(carried.rootPosition.distanceTo(passed.rootPosition)).toBeLessThan(1e-9);
  });
});
