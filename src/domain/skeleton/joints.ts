/**
 * The one joint hierarchy of Lumbar Lab. The model generator skins every mesh to these joints and the
 * runtime animates them, so both import this list.
 *
 * Frame convention (glTF): metres, +Y up, +Z anterior (the figure faces +Z), +X the figure's left.
 * Each spine joint sits at the centre of the disc below its vertebra: `L5` at the L5/S1 disc, `L1` at the
 * L1/L2 disc and `T12` at the T12/L1 disc, so rotating `L3` moves L3 and everything above it.
 */
export const JOINT_NAMES = [
  'pelvis',
  'L5',
  'L4',
  'L3',
  'L2',
  'L1',
  'T12',
  'T7',
  'neck',
  'head',
  'clavicle_left',
  'upperArm_left',
  'forearm_left',
  'hand_left',
  'clavicle_right',
  'upperArm_right',
  'forearm_right',
  'hand_right',
  'thigh_left',
  'shin_left',
  'foot_left',
  'toes_left',
  'thigh_right',
  'shin_right',
  'foot_right',
  'toes_right',
] as const;
export type JointName = (typeof JOINT_NAMES)[number];

/** Parent of each joint; the pelvis is the root. */
export const JOINT_PARENTS: Record<JointName, JointName | null> = {
  pelvis: null,
  L5: 'pelvis',
  L4: 'L5',
  L3: 'L4',
  L2: 'L3',
  L1: 'L2',
  T12: 'L1',
  T7: 'T12',
  neck: 'T7',
  head: 'neck',
  clavicle_left: 'T7',
  upperArm_left: 'clavicle_left',
  forearm_left: 'upperArm_left',
  hand_left: 'forearm_left',
  clavicle_right: 'T7',
  upperArm_right: 'clavicle_right',
  forearm_right: 'upperArm_right',
  hand_right: 'forearm_right',
  thigh_left: 'pelvis',
  shin_left: 'thigh_left',
  foot_left: 'shin_left',
  toes_left: 'foot_left',
  thigh_right: 'pelvis',
  shin_right: 'thigh_right',
  foot_right: 'shin_right',
  toes_right: 'foot_right',
};

/** The lumbar joints from the top down; each carries the vertebra of the same name. */
export const LUMBAR_JOINTS = ['L1', 'L2', 'L3', 'L4', 'L5'] as const satisfies readonly JointName[];

/** Index of a joint in JOINT_NAMES (the order of skin joints in every model). */
export function jointIndex(name: JointName): number {
  return JOINT_NAMES.indexOf(name);
}
