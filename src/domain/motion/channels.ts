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

/** Reads a channel array into an existing pose object (no allocation). */
export function unpackPose(values: ArrayLike<number>, out: Pose): Pose {
  out.version = POSE_VERSION;
  for (const k of ROOT_KEYS) out.root[k] = values[CH[`root.${k}`]];
  for (const r of ['lumbar', 'thoracic', 'neck'] as const) {
    for (const k of SPINE_KEYS) out[r][k] = values[CH[`${r}.${k}`]];
  }
  for (const s of ['left', 'right'] as const) for (const k of LIMB_KEYS) out[s][k] = values[CH[`${s}.${k}`]];
  return out;
}

/** Mirrors a channel array left–right into `out` (which must not be `values`). */
export function mirrorChannels(values: ArrayLike<number>, out: Float64Array | number[]): void {
  for (let i = 0; i < CHANNEL_COUNT; i++) out[i] = values[MIRROR_SOURCE[i]] * MIRROR_SIGN[i];
}

export { LIMB_KEYS, SPINE_KEYS, ROOT_KEYS };
