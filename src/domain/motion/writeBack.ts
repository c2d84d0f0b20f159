/** Writes contact-solved limb rotations back into a key's channels, as anatomical angles. */
import { Euler } from 'three';
import { CH } from './channels';
import type { ChannelName } from './channels';
import type { FrameState } from './frameState';
import type { SidePlan } from './plan';
import { measureLimbJoint } from './poseToLocalRotations';
import type { MeasuredJoint } from './poseToLocalRotations';

const m: MeasuredJoint = { flexion: 0, abduction: 0, rotation: 0 };
const euler = new Euler();
const DEG = 180 / Math.PI;

function set(row: Float64Array, name: string, value: number): void {
  row[CH[name as ChannelName]] = value;
}

/** For every active contact, replaces the limb's channels in `row` with the solved angles. */
export function writeBackLimbs(state: FrameState, plan: SidePlan, active: readonly boolean[], row: Float64Array): void {
  plan.contacts.forEach((contact, i) => {
    if (!active[i]) return;
    const side = contact.effector.endsWith('left') ? 'left' : 'right';
    const s = side === 'left' ? 1 : -1;
    const [a, b, c] = contact.chain;
    const r = state.rotations;
    if (contact.effector.startsWith('foot')) {
      measureLimbJoint(r[a], 'hip', side, m);
      set(row, `${side}.hipFlexion`, m.flexion);
      set(row, `${side}.hipAbduction`, m.abduction);
      set(row, `${side}.hipRotation`, m.rotation);
      set(row, `${side}.kneeFlexion`, measureLimbJoint(r[b], 'knee', side, m).flexion);
      set(row, `${side}.ankleDorsiflexion`, measureLimbJoint(r[c], 'ankle', side, m).flexion);
      if (contact.toes >= 0 && contact.toesOrientation) {
        euler.setFromQuaternion(r[contact.toes], 'XZY');
        set(row, `${side}.toeExtension`, -euler.x * DEG);
      }
    } else {
      measureLimbJoint(r[a], 'shoulder', side, m);
      set(row, `${side}.shoulderFlexion`, m.flexion);
      set(row, `${side}.shoulderAbduction`, m.abduction);
      set(row, `${side}.shoulderRotation`, m.rotation);
      set(row, `${side}.elbowFlexion`, measureLimbJoint(r[b], 'elbow', side, m).flexion);
      euler.setFromQuaternion(r[c], 'YZX');
      set(row, `${side}.forearmPronation`, -s * euler.y * DEG);
      set(row, `${side}.wristFlexion`, -s * euler.z * DEG);
    }
  });
}
