import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { DISC_IDS } from '../../src/domain/anatomy/ids';
import {
  CHANNEL_COUNT,
  PoseVersionError,
  assertPoseVersion,
  measureLimbJoint,
  mergePose,
  mirrorChannels,
  neutralPose,
  packPose,
  poseToLocalRotations,
  unpackPose,
  solveTwoBone,
} from '../../src/domain/motion';
import type { PoseSpec } from '../../src/domain/motion';
import { REST_POSITIONS, jointIndex, jointWorldPosition, worldMatrices } from '../../src/domain/skeleton';
import type { JointName } from '../../src/domain/skeleton';

const root = new Vector3(...REST_POSITIONS.pelvis);

function where(spec: PoseSpec, joint: JointName): Vector3 {
  const pose = mergePose(neutralPose(), spec);
  const matrices = worldMatrices(poseToLocalRotations(pose), root);
  return jointWorldPosition(matrices, joint, new Vector3());
}

describe('pose format', () => {
  it('fails loudly, by name, on another version', () => {
    expect(() => assertPoseVersion({ version: 2 })).toThrow(PoseVersionError);
    expect(() => assertPoseVersion({ version: 2 })).toThrow(/version 2/);
    expect(() => assertPoseVersion(neutralPose())).not.toThrow();
  });

  it('mirrors back to itself', () => {
    const pose = mergePose(neutralPose(), { lumbar: { lateralBend: 7, rotation: -3 }, left: { hipFlexion: 40 } });
    const a = new Float64Array(CHANNEL_COUNT);
    const b = new Float64Array(CHANNEL_COUNT);
    const c = new Float64Array(CHANNEL_COUNT);
    packPose(pose, a);
    mirrorChannels(a, b);
    mirrorChannels(b, c);
    expect([...c]).toEqual([...a]);
    expect(b[0]).toBe(-a[0]);
  });

  it('unpacks every channel back to the key it was packed from', () => {
    const values = Float64Array.from({ length: CHANNEL_COUNT }, (_, i) => i + 1);
    const pose = unpackPose(values, neutralPose());
    const packed = new Float64Array(CHANNEL_COUNT);
    packPose(pose, packed);
    const implementChannels = 3;
    expect([...packed.slice(0, -implementChannels)]).toEqual([...values.slice(0, -implementChannels)]);
  });
});

describe('degrees to quaternions: anatomical directions', () => {
  const rest = (j: JointName) => new Vector3(...REST_POSITIONS[j]);

  it('flexes the trunk forward and bends it right toward −X', () => {
    expect(where({ lumbar: { flexion: 30 } }, 'head').z).toBeGreaterThan(rest('head').z + 0.1);
    expect(where({ lumbar: { lateralBend: 15 } }, 'head').x).toBeLessThan(-0.05);
  });

  it('turns the chest right so the left shoulder comes forward', () => {
    expect(where({ thoracic: { rotation: 30 } }, 'upperArm_left').z).toBeGreaterThan(rest('upperArm_left').z + 0.03);
  });

  it('swings the thigh forward in hip flexion and the shin back in knee flexion', () => {
    expect(where({ left: { hipFlexion: 60 } }, 'shin_left').z).toBeGreaterThan(0.3);
    expect(where({ left: { kneeFlexion: 60 } }, 'foot_left').z).toBeLessThan(-0.3);
    expect(where({ left: { hipAbduction: 30 } }, 'foot_left').x).toBeGreaterThan(0.4);
    expect(where({ right: { hipAbduction: 30 } }, 'foot_right').x).toBeLessThan(-0.4);
  });

  it('raises the arm forward in shoulder flexion and out in abduction', () => {
    expect(where({ left: { shoulderFlexion: 90 } }, 'hand_left').z).toBeGreaterThan(0.5);
    expect(where({ left: { shoulderAbduction: 90 } }, 'hand_left').y).toBeCloseTo(REST_POSITIONS.upperArm_left[1], 1);
  });

  it('reads limb angles back as they were written', () => {
    const pose = mergePose(neutralPose(), { left: { hipFlexion: 50, hipAbduction: 12, hipRotation: -15 } });
    const q = poseToLocalRotations(pose)[jointIndex('thigh_left')];
    const m = measureLimbJoint(q, 'hip', 'left', { flexion: 0, abduction: 0, rotation: 0 });
    expect(m.flexion).toBeCloseTo(50, 6);
    expect(m.abduction).toBeCloseTo(12, 6);
    expect(m.rotation).toBeCloseTo(-15, 6);
  });

  it('shares lumbar flexion over the five joints so the segments add back to the total', () => {
    const pose = mergePose(neutralPose(), { lumbar: { flexion: 40 } });
    const rotations = poseToLocalRotations(pose);
    const total = (['L1', 'L2', 'L3', 'L4', 'L5'] as const).reduce(
      (sum, j) => sum + (2 * Math.acos(Math.min(1, rotations[jointIndex(j)].w)) * 180) / Math.PI,
      0,
    );
    expect(total).toBeCloseTo(40, 6);
    expect(DISC_IDS).toHaveLength(5);
  });
});

describe('two-bone IK', () => {
  it('brings a bent limb end onto a reachable target', () => {
    const pose = mergePose(neutralPose(), { left: { kneeFlexion: 20 } });
    const rotations = poseToLocalRotations(pose);
    const m = worldMatrices(rotations, root);
    const [a, b, c] = (['thigh_left', 'shin_left', 'foot_left'] as const).map((j) =>
      jointWorldPosition(m, j, new Vector3()),
    );
    const target = new Vector3(0.15, 0.35, 0.25);
    const qa = new Quaternion().setFromRotationMatrix(m[jointIndex('thigh_left')]);
    const qb = new Quaternion().setFromRotationMatrix(m[jointIndex('shin_left')]);
    const short = solveTwoBone(
      a,
      b,
      c,
      target,
      qa,
      qb,
      rotations[jointIndex('thigh_left')],
      rotations[jointIndex('shin_left')],
      new Vector3(-1, 0, 0),
    );
    expect(short).toBe(0);
    const after = worldMatrices(rotations, root);
    expect(jointWorldPosition(after, 'foot_left', new Vector3()).distanceTo(target)).toBeLessThan(1e-6);
  });
});
