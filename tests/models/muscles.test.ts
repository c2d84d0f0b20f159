import { Quaternion, Vector3 } from 'three';
import type { Matrix4 } from 'three';
import { describe, expect, it } from 'vitest';
import { MUSCLE_ATTACHMENTS, muscleLength } from '../../src/domain/anatomy/attachments';
import { CHRISTOPHY_BODY_ORIGINS, CHRISTOPHY_FASCICLES } from '../../src/domain/anatomy/christophyFascicles';
import type { ChristophyBody } from '../../src/domain/anatomy/christophyFascicles';
import { MUSCLE_IDS } from '../../src/domain/anatomy/ids';
import { isReferenceId } from '../../src/domain/content/references';
import { JOINT_NAMES, REST_POSITIONS, christophyToWorld, jointIndex, worldMatrices } from '../../src/domain/skeleton';
import type { JointName } from '../../src/domain/skeleton';

const SIDES = ['left', 'right'] as const;
const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('muscle attachments', () => {
  it('gives every muscle fascicles on both sides, each with at least two points on known joints', () => {
    for (const id of MUSCLE_IDS) {
      for (const side of SIDES) {
        const m = MUSCLE_ATTACHMENTS[id][side];
        expect(m.id).toBe(id);
        expect(m.side).toBe(side);
        expect(m.fascicles.length, `${id} ${side}`).toBeGreaterThan(0);
        expect(m.refs.length).toBeGreaterThan(0);
        for (const ref of m.refs) expect(isReferenceId(ref), ref).toBe(true);
        if (m.source === 'estimate') expect(m.estimate, id).toBeTruthy();
        for (const f of m.fascicles) {
          expect(f.points.length, f.name).toBeGreaterThanOrEqual(2);
          for (const p of f.points) {
            expect(JOINT_NAMES, `${id} ${f.name}`).toContain(p.joint);
            expect(p.position.every(Number.isFinite), f.name).toBe(true);
          }
        }
      }
    }
  });

  it('keeps right-side points on the right (x < 0) and mirrors them on the left within 2 mm', () => {
    for (const id of MUSCLE_IDS) {
      const { left, right } = MUSCLE_ATTACHMENTS[id];
      expect(left.fascicles.length).toBe(right.fascicles.length);
      right.fascicles.forEach((f, i) => {
        const g = left.fascicles[i];
        expect(g.points.length).toBe(f.points.length);
        f.points.forEach((p, k) => {
          const q = g.points[k];
          expect(p.position[0], `${id} ${f.name}`).toBeLessThanOrEqual(0.001);
          expect(distance(q.position, [-p.position[0], p.position[1], p.position[2]])).toBeLessThan(0.002);
          expect(q.joint).toBe(p.joint.replace(/_right$/, '_left'));
        });
      });
    }
  });

  it('uses the Christophy 2012 model for the modelled muscles and labels the rest as estimates', () => {
    for (const id of Object.keys(CHRISTOPHY_FASCICLES)) {
      expect(MUSCLE_ATTACHMENTS[id as keyof typeof MUSCLE_ATTACHMENTS].right.source).toBe('christophy-2012');
    }
    for (const id of ['spinalis', 'gluteus-maximus', 'hamstrings', 'trapezius'] as const) {
      expect(MUSCLE_ATTACHMENTS[id].left.source).toBe('estimate');
    }
  });
});

/** Neutral global positions (OpenSim frame, m) of some right-side ES endpoints, as printed in es-attachments.md. */
const PUBLISHED: Record<string, [readonly number[], readonly number[]]> = {
  LTpL_L1: [
    [-0.162, 0.9892, 0.0431],
    [-0.1356, 1.1453, 0.0218],
  ],
  LTpL_L5: [
    [-0.1412, 1.0039, 0.0349],
    [-0.1083, 1.0277, 0.0224],
  ],
  IL_L3: [
    [-0.1369, 1.0188, 0.0475],
    [-0.1176, 1.0863, 0.0305],
  ],
  IL_R5: [
    [-0.1563, 0.9933, 0.039],
    [-0.1801, 1.342, 0.0456],
  ],
  LTpT_T12: [
    [-0.1448, 0.9788, 0.0279],
    [-0.1567, 1.1725, 0.0182],
  ],
  LTpT_R4: [
    [-0.1348, 1.0402, 0.0028],
    [-0.1795, 1.371, 0.0384],
  ],
};

const ES_MUSCLES = [
  'longissimus-lumborum',
  'longissimus-thoracis',
  'iliocostalis-lumborum',
  'iliocostalis-thoracis',
] as const;

/**
 * Where a Christophy body sits on our skeleton: the world shift of its anchor joint from the model's neutral pose.
 * Pelvis, sacrum and the L5/S1 joint come from the model by one rigid map (no shift); each lumbar body rides the
 * joint at its origin (the disc below it) on the true-size spine, and the torso is welded to lumbar1.
 */
const ANCHOR: Partial<Record<ChristophyBody, readonly [JointName, ChristophyBody]>> = {
  lumbar5: ['L5', 'lumbar5'],
  lumbar4: ['L4', 'lumbar4'],
  lumbar3: ['L3', 'lumbar3'],
  lumbar2: ['L2', 'lumbar2'],
  lumbar1: ['L1', 'lumbar1'],
  torso: ['L1', 'lumbar1'],
};

function shiftOf(body: ChristophyBody): number[] {
  const anchor = ANCHOR[body];
  if (!anchor) return [0, 0, 0];
  const model = christophyToWorld(...CHRISTOPHY_BODY_ORIGINS[anchor[1]]);
  return REST_POSITIONS[anchor[0]].map((v, k) => v - model[k]);
}

/** A neutral global model point (OpenSim, m) of a body, placed on our skeleton. */
function placed(body: ChristophyBody, x: number, y: number, z: number): number[] {
  const shift = shiftOf(body);
  return christophyToWorld(x, y, z).map((v, k) => v + shift[k]);
}

describe('erector spinae fascicles against Christophy 2012', () => {
  it('places every ES fascicle end within 1 mm of the model point, offset from its body origin', () => {
    for (const id of ES_MUSCLES) {
      CHRISTOPHY_FASCICLES[id].forEach(([name, , points], i) => {
        for (const side of SIDES) {
          const fascicle = MUSCLE_ATTACHMENTS[id][side].fascicles[i];
          expect(fascicle.name).toBe(name);
          for (const [end, k] of [
            [points[0], 0],
            [points[points.length - 1], fascicle.points.length - 1],
          ] as const) {
            const [body, x, y, z] = end;
            const o = CHRISTOPHY_BODY_ORIGINS[body];
            const right = placed(body, o[0] + x, o[1] + y, o[2] + z);
            const expected = side === 'right' ? right : [-right[0], right[1], right[2]];
            expect(distance(fascicle.points[k].position, expected), `${name} ${side}`).toBeLessThan(0.001);
          }
        }
      });
    }
  });

  it('matches the published neutral global coordinates of sample fascicles within 1 mm, on their bodies', () => {
    const all = ES_MUSCLES.flatMap((id) => MUSCLE_ATTACHMENTS[id].right.fascicles);
    const rows = ES_MUSCLES.flatMap((id) => CHRISTOPHY_FASCICLES[id]);
    for (const [name, [origin, insertion]] of Object.entries(PUBLISHED)) {
      const f = all.find((x) => x.name === name)!;
      const row = rows.find(([n]) => n === name)!;
      expect(f, name).toBeDefined();
      const first = row[2][0][0];
      const last = row[2][row[2].length - 1][0];
      expect(distance(f.points[0].position, placed(first, origin[0], origin[1], origin[2]))).toBeLessThan(0.001);
      const end = f.points[f.points.length - 1].position;
      expect(distance(end, placed(last, insertion[0], insertion[1], insertion[2]))).toBeLessThan(0.001);
    }
  });
});

/** Joint matrices with the same sagittal flexion (degrees, + forwards) at each lumbar joint. */
function lumbarPose(flexionDeg: number, sideBendDeg = 0): Matrix4[] {
  const rotations: (Quaternion | undefined)[] = JOINT_NAMES.map(() => undefined);
  const q = new Quaternion()
    .setFromAxisAngle(new Vector3(1, 0, 0), (flexionDeg * Math.PI) / 180)
    .multiply(new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), (sideBendDeg * Math.PI) / 180));
  for (const j of ['L5', 'L4', 'L3', 'L2', 'L1'] as JointName[]) rotations[jointIndex(j)] = q;
  return worldMatrices(rotations, new Vector3(0, 0.9275, 0));
}

describe('muscleLength', () => {
  it('lengthens the longissimus pars lumborum in lumbar flexion and shortens it in extension', () => {
    const rest = muscleLength('longissimus-lumborum', 'right', lumbarPose(0));
    expect(rest).toBeGreaterThan(0.03);
    expect(muscleLength('longissimus-lumborum', 'right', lumbarPose(8))).toBeGreaterThan(rest * 1.03);
    expect(muscleLength('longissimus-lumborum', 'left', lumbarPose(-4))).toBeLessThan(rest);
  });

  it('is equal left and right at rest and lengthens the side away from a side bend', () => {
    const pose = lumbarPose(0);
    for (const id of MUSCLE_IDS) {
      expect(muscleLength(id, 'left', pose), id).toBeCloseTo(muscleLength(id, 'right', pose), 3);
    }
    // A positive rotation about +Z tips the trunk towards −X, the figure's right.
    const bent = lumbarPose(0, 4);
    expect(muscleLength('quadratus-lumborum', 'left', bent)).toBeGreaterThan(
      muscleLength('quadratus-lumborum', 'right', bent),
    );
  });

  it('shortens rectus abdominis and lengthens the erector spinae as the trunk flexes', () => {
    const rest = lumbarPose(0);
    const flexed = lumbarPose(8);
    expect(muscleLength('rectus-abdominis', 'right', flexed)).toBeLessThan(
      muscleLength('rectus-abdominis', 'right', rest),
    );
    for (const id of ES_MUSCLES) {
      expect(muscleLength(id, 'right', flexed), id).toBeGreaterThan(muscleLength(id, 'right', rest));
    }
  });
});
