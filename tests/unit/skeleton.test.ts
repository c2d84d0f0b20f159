import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { isReferenceId } from '../../src/domain/content/references';
import {
  JOINT_NAMES,
  JOINT_PARENTS,
  LUMBAR_JOINTS,
  REST_LANDMARKS,
  REST_POSITIONS,
  SKELETON_SOURCES,
  STATURE,
  jointIndex,
  jointWorldPosition,
  restOffsets,
  worldMatrices,
} from '../../src/domain/skeleton';
import type { JointName } from '../../src/domain/skeleton';
import {
  DISC_BELOW,
  ENDPLATE_DISH,
  SPINE_DISCS,
  VERTEBRAL_BODIES,
  meanHeight,
} from '../../src/domain/skeleton/spineBind';
import type { SpineLevel } from '../../src/domain/skeleton/spineBind';

const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('rest pose', () => {
  it('gives every joint a finite position and a parent chain to the pelvis', () => {
    for (const name of JOINT_NAMES) {
      expect(REST_POSITIONS[name].every(Number.isFinite), name).toBe(true);
      let current: JointName | null = name;
      let steps = 0;
      while (current !== null && current !== 'pelvis' && steps < JOINT_NAMES.length) {
        current = JOINT_PARENTS[current];
        steps++;
      }
      expect(current, name).toBe('pelvis');
    }
  });

  it('is as tall as the stated stature, with the head top within 3 cm of 1.75 m', () => {
    expect(STATURE).toBe(1.75);
    expect(Math.abs(REST_LANDMARKS.headTop[1] - 1.75)).toBeLessThan(0.03);
    const highestJoint = Math.max(...JOINT_NAMES.map((n) => REST_POSITIONS[n][1]));
    expect(highestJoint).toBeLessThan(REST_LANDMARKS.headTop[1]);
  });

  it('stands on the floor: heels and toe tips at y = 0, no joint below it', () => {
    for (const key of ['heel_left', 'heel_right', 'toeTip_left', 'toeTip_right'] as const) {
      expect(REST_LANDMARKS[key][1]).toBeCloseTo(0, 6);
    }
    for (const name of JOINT_NAMES) expect(REST_POSITIONS[name][1], name).toBeGreaterThan(0);
  });

  it('puts left joints at x > 0 and mirrors the right side exactly', () => {
    for (const name of JOINT_NAMES) {
      if (!name.endsWith('_left')) continue;
      const right = name.replace('_left', '_right') as JointName;
      expect(REST_POSITIONS[name][0], name).toBeGreaterThan(0);
      expect(REST_POSITIONS[right][0]).toBeCloseTo(-REST_POSITIONS[name][0], 9);
      expect(REST_POSITIONS[right][1]).toBeCloseTo(REST_POSITIONS[name][1], 9);
    }
  });

  it('spaces the spine joints by a true-size body plus half of each disc beside it, bottom to top', () => {
    const chain: SpineLevel[] = ['L5', 'L4', 'L3', 'L2', 'L1', 'T12'];
    const rim = (level: SpineLevel) =>
      SPINE_DISCS[DISC_BELOW[level]].middle - ENDPLATE_DISH.inferior - ENDPLATE_DISH.superior;
    for (let i = 1; i < chain.length; i++) {
      const below = chain[i - 1];
      const gap = distance(REST_POSITIONS[chain[i]], REST_POSITIONS[below]) * 1000;
      // Body of the vertebra between the two joints, plus half of the rim gap of the disc on either side of it.
      const stacked = meanHeight(VERTEBRAL_BODIES[below]) + (rim(below) + rim(chain[i])) / 2;
      expect(gap, chain[i]).toBeGreaterThan(stacked - 1.5);
      expect(gap, chain[i]).toBeLessThan(stacked + 1.5);
      expect(gap, chain[i]).toBeGreaterThan(32);
      expect(gap, chain[i]).toBeLessThan(41);
      expect(REST_POSITIONS[chain[i]][1]).toBeGreaterThan(REST_POSITIONS[below][1]);
    }
    expect(LUMBAR_JOINTS).toEqual(['L1', 'L2', 'L3', 'L4', 'L5']);
  });

  it('keeps the Christophy relation between hips and L5/S1 and places hips at 0.530H', () => {
    expect(REST_POSITIONS.thigh_left[1]).toBeCloseTo(0.53 * 1.75, 6);
    // Christophy: lumbar5 origin 0.102 m above and 0.0189 m behind the femur origins.
    expect(REST_POSITIONS.L5[1] - REST_POSITIONS.thigh_left[1]).toBeCloseTo(0.102, 4);
    expect(REST_POSITIONS.L5[2] - REST_POSITIONS.thigh_left[2]).toBeCloseTo(-0.0189, 4);
  });

  it('hangs the arms in a 15–20° A-pose with limbs of Winter length', () => {
    const shoulder = REST_POSITIONS.upperArm_left;
    const wrist = REST_POSITIONS.hand_left;
    const angle = (Math.atan2(wrist[0] - shoulder[0], shoulder[1] - wrist[1]) * 180) / Math.PI;
    expect(angle).toBeGreaterThanOrEqual(15);
    expect(angle).toBeLessThanOrEqual(20);
    expect(distance(shoulder, REST_POSITIONS.forearm_left)).toBeCloseTo(0.186 * 1.75, 6);
    expect(distance(REST_POSITIONS.thigh_left, REST_POSITIONS.shin_left)).toBeCloseTo(0.245 * 1.75, 6);
    expect(distance(REST_POSITIONS.shin_left, REST_POSITIONS.foot_left)).toBeCloseTo(0.246 * 1.75, 6);
  });

  it('cites only listed references', () => {
    for (const source of SKELETON_SOURCES) {
      if (source.referenceId !== null) expect(isReferenceId(source.referenceId)).toBe(true);
    }
  });
});

describe('forward kinematics', () => {
  it('rebuilds the rest positions from offsets with identity rotations', () => {
    const offsets = restOffsets();
    expect(offsets.pelvis).toEqual(REST_POSITIONS.pelvis);
    const matrices = worldMatrices([], new Vector3(...REST_POSITIONS.pelvis));
    const p = new Vector3();
    for (const name of JOINT_NAMES) {
      jointWorldPosition(matrices, name, p);
      expect(distance(p.toArray(), REST_POSITIONS[name]), name).toBeLessThan(1e-9);
    }
  });

  it('rotates children about their parent joint', () => {
    const rotations: Quaternion[] = [];
    rotations[jointIndex('shin_left')] = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), Math.PI / 2);
    const matrices = worldMatrices(rotations, new Vector3(...REST_POSITIONS.pelvis));
    const knee = jointWorldPosition(matrices, 'shin_left', new Vector3());
    const ankle = jointWorldPosition(matrices, 'foot_left', new Vector3());
    // +90° about +X swings the shin from pointing down (−Y) to pointing back (−Z): knee flexion.
    expect(ankle.y).toBeCloseTo(knee.y, 6);
    expect(ankle.z).toBeLessThan(knee.z - 0.4);
  });
});
