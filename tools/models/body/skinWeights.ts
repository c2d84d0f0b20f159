/**
 * Skin weights by "per-part SDF influence": each joint owns a region of the figure (a group's field, cut between
 * two planes across the limb or the spine), and a vertex takes from each joint
 * `w = exp(-max(d_surface, 0) / σ_surface - max(d_slab, 0) / σ_slab)`; the top four are kept and normalised.
 * Because the regions are the same fields that built the surface, the weights blend exactly where the surface
 * blends, and the spine planes share the trunk out segment by segment (pelvis, L5 … L1, T12, T7, neck).
 */
import { jointIndex } from '../../../src/domain/skeleton/joints';
import type { JointName } from '../../../src/domain/skeleton/joints';
import { smoothstep } from '../sdf';
import type { Sdf, Vec3 } from '../sdf';
import { LIMB_FIELDS, TRUNK_PIECES, headField, torsoField } from './bodyShape';
import { dot, jointMm, normalize, sub } from './vec';

/** Signed distance to a plane, positive on the side the normal points to (distal / cranial). */
type PlaneFn = (x: number, y: number, z: number) => number;

function plane(point: Vec3, normal: Vec3): PlaneFn {
  const n = normalize(normal);
  const c = dot(n, point);
  return (x, y, z) => n[0] * x + n[1] * y + n[2] * z - c;
}

const NONE: PlaneFn = () => -Infinity;

/** The region one joint owns. */
interface Region {
  joint: JointName;
  surface: Sdf;
  /** Distance outside the slab between the region's two planes (≤ 0 inside). */
  slab: PlaneFn;
  sigmaSurface: number;
  sigmaSlab: number;
}

/** Plane across the spine at a joint, its normal along the spine there (from the joint below to the one above). */
function spinePlane(joint: JointName, below: JointName, above: JointName): PlaneFn {
  return plane(jointMm(joint), sub(jointMm(above), jointMm(below)));
}

const SPINE: readonly JointName[] = ['pelvis', 'L5', 'L4', 'L3', 'L2', 'L1', 'T12', 'T7', 'neck', 'head'];
const SPINE_PLANES = new Map<JointName, PlaneFn>();
for (let i = 1; i < SPINE.length; i++) {
  const below = SPINE[i === 1 ? 1 : i - 1];
  const above = SPINE[Math.min(SPINE.length - 1, i + 1)];
  SPINE_PLANES.set(SPINE[i], spinePlane(SPINE[i], below, above));
}

function between(lower: PlaneFn, upper: PlaneFn): PlaneFn {
  return (x, y, z) => Math.max(-lower(x, y, z), upper(x, y, z));
}

/** Blend widths, mm. Wider along the spine so the trunk bends smoothly over its five lumbar joints. */
const SIGMA = { surface: 8, spine: 14, knee: 14, ankle: 10, toes: 6, elbow: 12, wrist: 8, hip: 15 } as const;

function spineRegions(): Region[] {
  const out: Region[] = [];
  for (let i = 0; i < SPINE.length - 1; i++) {
    const joint = SPINE[i];
    const upper = SPINE_PLANES.get(SPINE[i + 1])!;
    const lower = SPINE_PLANES.get(joint);
    const slab: PlaneFn = lower ? between(lower, upper) : upper;
    out.push({ joint, surface: torsoField, slab, sigmaSurface: SIGMA.surface, sigmaSlab: SIGMA.spine });
  }
  out.push({ joint: 'head', surface: headField, slab: NONE, sigmaSurface: SIGMA.surface, sigmaSlab: 1 });
  return out;
}

type Side = 'left' | 'right';

/** Evaluates a left-side field on the given side. */
function onSide(f: Sdf | PlaneFn, side: Side): Sdf {
  return side === 'left' ? f : (x, y, z) => f(-x, y, z);
}

function limbRegions(side: Side): Region[] {
  const j = (base: string) => `${base}_${side}` as JointName;
  const hip = jointMm('thigh_left');
  const knee = jointMm('shin_left');
  const ankle = jointMm('foot_left');
  const toes = jointMm('toes_left');
  const shoulder = jointMm('upperArm_left');
  const elbow = jointMm('forearm_left');
  const wrist = jointMm('hand_left');
  // Estimate: the thigh's share stops a little above the hip joint centre, so the iliac crest stays with the pelvis.
  const hipCut = plane([hip[0], hip[1] + 18, hip[2]], [0, -1, 0]);
  const kneeCut = plane(knee, sub(knee, hip));
  // Tilted so the dorsum of the foot in front of the ankle goes with the foot and the heel cord with the shin.
  const ankleCut = plane(ankle, [0, -0.92, 0.39]);
  const toeCut = plane([toes[0], toes[1], toes[2] + 4], [0, 0, 1]);
  const elbowCut = plane(elbow, sub(elbow, shoulder));
  const wristCut = plane(wrist, sub(wrist, elbow));
  const leg = LIMB_FIELDS.leg;
  const arm = LIMB_FIELDS.arm;
  const s = SIGMA;
  const region = (joint: string, surface: Sdf, slab: PlaneFn, sigmaSlab: number): Region => ({
    joint: j(joint),
    surface: onSide(surface, side),
    slab: onSide(slab, side),
    sigmaSurface: s.surface,
    sigmaSlab,
  });
  return [
    region('clavicle', TRUNK_PIECES.trapezius, NONE, 1),
    region('upperArm', arm, elbowCut, s.elbow),
    region('forearm', arm, between(elbowCut, wristCut), s.elbow),
    region('hand', arm, (x, y, z) => -wristCut(x, y, z), s.wrist),
    region('thigh', leg, between(hipCut, kneeCut), s.knee),
    region('shin', leg, between(kneeCut, ankleCut), s.knee),
    region('foot', leg, between(ankleCut, toeCut), s.ankle),
    region('toes', leg, (x, y, z) => -toeCut(x, y, z), s.toes),
  ];
}

const REGIONS: readonly Region[] = [...spineRegions(), ...limbRegions('left'), ...limbRegions('right')];
const PELVIS_REGION = REGIONS.findIndex((r) => r.joint === 'pelvis');
const THIGH_REGION = {
  left: REGIONS.findIndex((r) => r.joint === 'thigh_left'),
  right: REGIONS.findIndex((r) => r.joint === 'thigh_right'),
} as const;

const DEG = Math.PI / 180;

/**
 * The thigh's share of the pelvis + thigh weight around the hip, from the vertex's angle about the hip's
 * left–right axis (0 = straight down the thigh, +90° = in front at hip height, -90° = behind). A flexed hip
 * turns the thigh about that axis, so spreading the hand-over evenly over about 110° of arc on the buttock and
 * the groin keeps every triangle there within about twice its length at 100° of flexion, where a hand-over
 * confined to the gluteal fold tears it open.
 */
function thighShareByAngle(dy: number, dz: number): number {
  const phi = Math.atan2(dz, -dy);
  const f = phi < 0 ? (phi + 115 * DEG) / (110 * DEG) : 1 - (phi - 10 * DEG) / (115 * DEG);
  const ramp = Math.min(1, Math.max(0, f));
  // On the hip axis itself flexion moves nothing and the angle is undefined, so fade to an even share there.
  const rho = Math.sqrt(dy * dy + dz * dz);
  return 0.5 + (ramp - 0.5) * smoothstep(10, 60, rho);
}

const HIP_CENTRE = jointMm('thigh_left');

/**
 * Replaces the pelvis/thigh split near each hip by the angular hand-over (weights are edited in place). The pelvis
 * weight is first shared between the two sides by a smooth ramp across the midline, so the perineum and the
 * gluteal cleft follow both thighs evenly and the weights stay continuous from one side to the other.
 */
function splitAtHips(x: number, y: number, z: number, w: Float64Array): void {
  const pelvis = w[PELVIS_REGION];
  let pelvisAfter = 0;
  for (const side of ['left', 'right'] as const) {
    const sx = side === 'left' ? x : -x;
    const dx = sx - HIP_CENTRE[0];
    const dy = y - HIP_CENTRE[1];
    const dz = z - HIP_CENTRE[2];
    const reach = 1 - smoothstep(230, 300, Math.sqrt(dx * dx + dy * dy + dz * dz));
    const ownPelvis = pelvis * smoothstep(-40, 40, sx);
    const t = THIGH_REGION[side];
    const share = ownPelvis + w[t];
    const f = thighShareByAngle(dy, dz);
    w[t] += (share * f - w[t]) * reach;
    pelvisAfter += ownPelvis + (share * (1 - f) - ownPelvis) * reach;
  }
  w[PELVIS_REGION] = pelvisAfter;
}

/** Four joint indices (into JOINT_NAMES) and four weights per vertex, weights summing to 1. */
export interface VertexSkin {
  joints: Uint16Array;
  weights: Float32Array;
}

/** Skins vertices given in millimetres (bind pose, world). */
export function skinWeights(positions: Float32Array): VertexSkin {
  const n = positions.length / 3;
  const joints = new Uint16Array(n * 4);
  const weights = new Float32Array(n * 4);
  const idx = REGIONS.map((r) => jointIndex(r.joint));
  const w = new Float64Array(REGIONS.length);
  const order = REGIONS.map((_, i) => i);
  for (let v = 0; v < n; v++) {
    const x = positions[v * 3];
    const y = positions[v * 3 + 1];
    const z = positions[v * 3 + 2];
    for (let r = 0; r < REGIONS.length; r++) {
      const reg = REGIONS[r];
      const ds = Math.max(reg.surface(x, y, z), 0);
      const dp = Math.max(reg.slab(x, y, z), 0);
      w[r] = Math.exp(-ds / reg.sigmaSurface - dp / reg.sigmaSlab);
    }
    splitAtHips(x, y, z, w);
    // Stable order: by weight, ties by region order, so builds are byte-identical.
    order.sort((a, b) => w[b] - w[a] || a - b);
    let sum = 0;
    for (let k = 0; k < 4; k++) sum += w[order[k]];
    for (let k = 0; k < 4; k++) {
      joints[v * 4 + k] = idx[order[k]];
      weights[v * 4 + k] = sum > 0 ? w[order[k]] / sum : k === 0 ? 1 : 0;
    }
  }
  return { joints, weights };
}
