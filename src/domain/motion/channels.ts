/**
 * The pose as a flat list of numbers, so keyframes can be interpolated and sampled without allocating.
 * Channel order is fixed here; every other module reads channels through `CH`.
 */
import { POSE_VERSION } from './pose';
import type { LimbAngles, Pose, RootPlacement, SpineAngles } from './pose';

const ROOT_KEYS = ['x', 'y', 'z', 'yaw', 'pitch', 'roll', 'tilt'] as const satisfies readonly (keyof RootPlacement)[];
const SPINE_KEYS = ['flexion', 'lateralBend', 'rotation'] as const satisfies readonly (keyof SpineAngles)[];
const LIMB_KEYS = [
  'hipFlexion',
  'hipAbduction',
  'hipRotation',
  'kneeFlexion',
  'ankleDorsiflexion',
  'toeExtension',
  'shoulderProtraction',
  'shoulderElevation',
  'shoulderFlexion',
  'shoulderAbduction',
  'shoulderRotation',
  'elbowFlexion',
  'forearmPronation',
  'wristFlexion',
] as const satisfies readonly (keyof LimbAngles)[];

type RootName = `root.${(typeof ROOT_KEYS)[number]}`;
type SpineName = `${'lumbar' | 'thoracic' | 'neck'}.${(typeof SPINE_KEYS)[number]}`;
type LimbName = `${'left' | 'right'}.${(typeof LIMB_KEYS)[number]}`;
/** Name of one pose channel; `implement.*` carries a world-space path for a held implement. */
export type ChannelName = RootName | SpineName | LimbName | `implement.${'x' | 'y' | 'z'}`;

const NAMES: ChannelName[] = [
  ...ROOT_KEYS.map((k) => `root.${k}` as const),
  ...(['lumbar', 'thoracic', 'neck'] as const).flatMap((r) => SPINE_KEYS.map((k) => `${r}.${k}` as const)),
  ...(['left', 'right'] as const).flatMap((s) => LIMB_KEYS.map((k) => `${s}.${k}` as const)),
  'implement.x',
  'implement.y',
  'implement.z',
];

/** All channel names in order. */
export const CHANNEL_NAMES: readonly ChannelName[] = NAMES;
/** Number of channels in a packed pose. */
export const CHANNEL_COUNT = NAMES.length;
/** Index of each channel. */
export const CH = Object.fromEntries(NAMES.map((n, i) => [n, i])) as Record<ChannelName, number>;

/** For mirroring: the channel each one takes its value from, and the sign it takes. */
export const MIRROR_SOURCE: readonly number[] = NAMES.map((n) => {
  if (n.startsWith('left.')) return CH[n.replace('left.', 'right.') as ChannelName];
  if (n.startsWith('right.')) return CH[n.replace('right.', 'left.') as ChannelName];
  return CH[n];
});
const NEGATED = new Set<ChannelName>([
  'root.x',
  'root.yaw',
  'root.roll',
  'root.tilt',
  'lumbar.lateralBend',
  'lumbar.rotation',
  'thoracic.lateralBend',
  'thoracic.rotation',
  'neck.lateralBend',
  'neck.rotation',
  'implement.x',
]);
export const MIRROR_SIGN: readonly number[] = NAMES.map((n) => (NEGATED.has(n) ? -1 : 1));

/** Writes a pose into a channel array (implement channels untouched). */
export function packPose(pose: Pose, out: Float64Array | number[]): void {
  for (const k of ROOT_KEYS) out[CH[`root.${k}`]] = pose.root[k];
  for (const r of ['lumbar', 'thoracic', 'neck'] as const) {
    for (const k of SPINE_KEYS) out[CH[`${r}.${k}`]] = pose[r][k];
  }
  for (const s of ['left', 'right'] as const) for (const k of LIMB_KEYS) out[CH[`${s}.${k}`]] = pose[s][k];
}

// Unpacking runs every frame, so it reads channels by fixed offsets and writes named fields: keys built or looked up
// at run time would allocate strings and boxed numbers.
const CH_ROOT_X = CH['root.x'];
const SPINE_BASE = { lumbar: CH['lumbar.flexion'], thoracic: CH['thoracic.flexion'], neck: CH['neck.flexion'] };
const LIMB_BASE = { left: CH['left.hipFlexion'], right: CH['right.hipFlexion'] };

function readSpine(v: ArrayLike<number>, o: number, out: SpineAngles): void {
  out.flexion = v[o];
  out.lateralBend = v[o + 1];
  out.rotation = v[o + 2];
}

function readLimb(v: ArrayLike<number>, o: number, out: LimbAngles): void {
  out.hipFlexion = v[o];
  out.hipAbduction = v[o + 1];
  out.hipRotation = v[o + 2];
  out.kneeFlexion = v[o + 3];
  out.ankleDorsiflexion = v[o + 4];
  out.toeExtension = v[o + 5];
  out.shoulderProtraction = v[o + 6];
  out.shoulderElevation = v[o + 7];
  out.shoulderFlexion = v[o + 8];
  out.shoulderAbduction = v[o + 9];
  out.shoulderRotation = v[o + 10];
  out.elbowFlexion = v[o + 11];
  out.forearmPronation = v[o + 12];
  out.wristFlexion = v[o + 13];
}

/** Reads a channel array into an existing pose object (no allocation). */
export function unpackPose(values: ArrayLike<number>, out: Pose): Pose {
  out.version = POSE_VERSION;
  const root = out.root;
  root.x = values[CH_ROOT_X];
  root.y = values[CH_ROOT_X + 1];
  root.z = values[CH_ROOT_X + 2];
  root.yaw = values[CH_ROOT_X + 3];
  root.pitch = values[CH_ROOT_X + 4];
  root.roll = values[CH_ROOT_X + 5];
  root.tilt = values[CH_ROOT_X + 6];
  readSpine(values, SPINE_BASE.lumbar, out.lumbar);
  readSpine(values, SPINE_BASE.thoracic, out.thoracic);
  readSpine(values, SPINE_BASE.neck, out.neck);
  readLimb(values, LIMB_BASE.left, out.left);
  readLimb(values, LIMB_BASE.right, out.right);
  return out;
}

/** Mirrors a channel array left–right into `out` (which must not be `values`). */
export function mirrorChannels(values: ArrayLike<number>, out: Float64Array | number[]): void {
  for (let i = 0; i < CHANNEL_COUNT; i++) out[i] = values[MIRROR_SOURCE[i]] * MIRROR_SIGN[i];
}

export { LIMB_KEYS, SPINE_KEYS, ROOT_KEYS };
