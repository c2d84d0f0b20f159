/**
 * Bony landmarks of the right side for the muscles that the Christophy model does not cover. Every position is
 * an estimate placed on our skeleton at the textbook landmark ('educational-anatomy-pages' for which landmark),
 * with the reasoning beside it. Where a Christophy 2012 point marks the same landmark it is used instead
 * ('christophy-2012'), so these muscles meet the modelled ones on the same bones.
 * Offsets are written as (lateral, up, anterior) from a joint's rest position; lateral is away from the midline.
 */
import { REST_POSITIONS } from '../skeleton/restPose';
import type { JointName } from '../skeleton/joints';
import type { PathPoint, Vec3 } from './attachmentTypes';
import { christophyPoint } from './christophyPlacement';

/** A right-side point offset from a joint's rest position, carried by `carrier` (default: that joint). */
export function offset(
  joint: JointName,
  lateral: number,
  up: number,
  anterior: number,
  carrier: JointName = joint,
): PathPoint {
  const p = REST_POSITIONS[joint];
  return { joint: carrier, position: [p[0] - lateral, p[1] + up, p[2] + anterior] };
}

/** A Christophy model point used as a landmark, carried by `joint`. */
function model(joint: JointName, ...args: Parameters<typeof christophyPoint>): PathPoint {
  return { joint, position: christophyPoint(...args) };
}

/** Linear mix of two landmarks, carried by `joint`. */
export function between(a: PathPoint, b: PathPoint, f: number, joint: JointName = a.joint): PathPoint {
  const p: Vec3 = [
    a.position[0] + (b.position[0] - a.position[0]) * f,
    a.position[1] + (b.position[1] - a.position[1]) * f,
    a.position[2] + (b.position[2] - a.position[2]) * f,
  ];
  return { joint, position: p };
}

/** A landmark moved by (lateral, up, anterior) metres, optionally carried by another joint. */
export function shifted(a: PathPoint, lateral: number, up: number, anterior: number, joint = a.joint): PathPoint {
  return { joint, position: [a.position[0] - lateral, a.position[1] + up, a.position[2] + anterior] };
}

const armDir = (() => {
  const s = REST_POSITIONS.upperArm_right;
  const e = REST_POSITIONS.forearm_right;
  const len = Math.hypot(e[0] - s[0], e[1] - s[1], e[2] - s[2]);
  return [(e[0] - s[0]) / len, (e[1] - s[1]) / len, (e[2] - s[2]) / len] as const;
})();

/** A point on the arm `distance` metres from a joint along the (A-pose) arm, then offset. */
function alongArm(joint: JointName, distance: number, lateral: number, anterior: number): PathPoint {
  const p = REST_POSITIONS[joint];
  return {
    joint,
    position: [
      p[0] + armDir[0] * distance - lateral,
      p[1] + armDir[1] * distance,
      p[2] + anterior + armDir[2] * distance,
    ],
  };
}

/** Pelvis, sacrum and coccyx. */
export const PELVIS = {
  // The lowest, most anterior pelvic point of internal oblique IO1 lies at the anterior superior iliac spine.
  asis: model('pelvis', 'pelvis', -0.02565, 0.00061, 0.12246),
  // The iliac tubercle region of the crest, where external oblique EO5 ends.
  iliacTubercle: model('pelvis', 'pelvis', -0.05927, 0.05941, 0.11382),
  // Posterior crest, where the posterior quadratus lumborum slips (QL I.3) arise.
  posteriorCrest: model('pelvis', 'pelvis', -0.10477, 0.06212, 0.06917),
  // The ilium beside the PSIS, where longissimus LTpL_L1 arises.
  psis: model('pelvis', 'pelvis', -0.16199, 0.01019, 0.04312),
  // Lower lateral sacrum, the deepest origin of multifidus MF_m5t.1.
  lowerSacrum: model('pelvis', 'sacrum', -0.17407, 0.00523, 0.01003),
  // Pubic crest, the pelvic end of rectus abdominis.
  pubicCrest: model('pelvis', 'pelvis', -0.04158, -0.09648, -0.01069, true),
  // Pelvic brim at the iliopubic eminence, the pelvic end of the psoas fascicles.
  pelvicBrim: model('pelvis', 'pelvis', -0.0238, -0.057, 0.0759),
  // Estimate: the AIIS sits just above the acetabular rim, 3 cm lateral, 4.5 cm above and in front of the hip centre.
  aiis: offset('thigh_right', 0.03, 0.045, 0.045, 'pelvis'),
  // Estimate: the ischial tuberosity lies about 5.5 cm below, 4.5 cm behind and 2.5 cm medial to the hip centre.
  ischialTuberosity: offset('thigh_right', -0.025, -0.055, -0.045, 'pelvis'),
  // Estimate: the ischiopubic ramus runs between the pubic body and the tuberosity, 1.5 cm above the tuberosity.
  ischiopubicRamus: offset('thigh_right', -0.05, -0.04, 0.0, 'pelvis'),
  // Estimate: the coccyx tip lies on the midline 2 cm below the hip centres, curving forward below the sacrum.
  coccyx: offset('pelvis', 0, -0.02, -0.078),
};

/** Right femur and the top of the tibia and fibula. */
export const THIGH = {
  // Estimate: the greater trochanter stands about 5.5 cm lateral to the head centre (femoral offset plus its own width).
  greaterTrochanter: offset('thigh_right', 0.055, -0.005, -0.005),
  // Estimate: the lesser trochanter projects posteromedially from the shaft about 5.5 cm below the head centre.
  lesserTrochanter: offset('thigh_right', 0.018, -0.055, -0.015),
  // Estimate: the gluteal tuberosity is on the posterolateral shaft, 8–9 cm below the head centre.
  glutealTuberosity: offset('thigh_right', 0.045, -0.085, -0.02),
  // Estimate: the linea aspera runs down the back of the shaft, which slants from the trochanter to the knee.
  lineaAsperaHigh: offset('thigh_right', 0.035, -0.11, -0.022),
  lineaAsperaMid: offset('thigh_right', 0.022, -0.22, -0.022),
  lineaAsperaLow: offset('thigh_right', 0.01, -0.32, -0.02),
  // Estimate: the adductor tubercle crowns the medial epicondyle, about 4.5 cm above the knee centre.
  adductorTubercle: offset('shin_right', -0.032, 0.045, -0.005, 'thigh_right'),
  // Estimate: the patella lies about 5 cm in front of the knee centre in standing.
  patella: offset('shin_right', 0, 0.03, 0.05),
  // Estimate: the tibial tuberosity is about 6 cm below the knee centre, on the front of the tibia.
  tibialTuberosity: offset('shin_right', 0, -0.06, 0.035),
  // Estimate: the fibular head is posterolateral, about 2 cm below the knee centre.
  fibularHead: offset('shin_right', 0.04, -0.02, -0.015),
  // Estimate: the pes anserinus is on the anteromedial tibia about 6.5 cm below the knee centre.
  pesAnserinus: offset('shin_right', -0.025, -0.065, 0.02),
  // Estimate: the posterior medial tibial condyle, just below and behind the knee centre.
  medialTibialCondyle: offset('shin_right', -0.03, -0.015, -0.02),
};

/** Right scapula and clavicle (carried by the clavicle joint), humerus and radius. */
export const SHOULDER = {
  // Estimate: the acromion caps the humeral head about 3 cm above its centre.
  acromion: offset('upperArm_right', 0.01, 0.03, -0.01, 'clavicle_right'),
  // Estimate: the acromial angle is the acromion's posterior corner, 4.5 cm behind the head centre.
  acromialAngle: offset('upperArm_right', 0.0, 0.025, -0.045, 'clavicle_right'),
  // Estimate: the lateral third of the clavicle runs just in front of and above the head.
  lateralClavicle: offset('upperArm_right', -0.015, 0.032, 0.025, 'clavicle_right'),
  // Estimate: the coracoid tip lies 3.5 cm medial to and 3 cm in front of the head centre.
  coracoid: offset('upperArm_right', -0.035, -0.005, 0.03, 'clavicle_right'),
  // Estimate: the supraglenoid tubercle sits at the top of the glenoid, just above and medial to the head centre.
  supraglenoid: offset('upperArm_right', -0.02, 0.02, 0.0, 'clavicle_right'),
  // Estimate: the root of the scapular spine is about 7 cm from the midline at the level of T3.
  spineRoot: offset('upperArm_right', -0.1, -0.045, -0.105, 'clavicle_right'),
  // Estimate: the superior angle is at about T2, 7.5 cm from the midline.
  superiorAngle: offset('upperArm_right', -0.095, 0.01, -0.095, 'clavicle_right'),
  // Estimate: the inferior angle is at about T7, 8.5 cm from the midline.
  inferiorAngle: offset('upperArm_right', -0.085, -0.14, -0.1, 'clavicle_right'),
  // Estimate: the bicipital groove is on the front of the humerus about 3.5 cm below the head centre.
  bicipitalGroove: alongArm('upperArm_right', 0.035, 0.005, 0.02),
  // Estimate: the deltoid tuberosity is on the lateral shaft about 14 cm below the head centre.
  deltoidTuberosity: alongArm('upperArm_right', 0.14, 0.012, 0.004),
  // Estimate: the radial tuberosity is 3.5 cm below the elbow centre, on the front of the radius.
  radialTuberosity: alongArm('forearm_right', 0.035, -0.005, 0.012),
};

/** Points on the back of the head, neck and thorax (midline, so they serve both sides). */
export const AXIAL_BACK = {
  // Estimate: the external occipital protuberance is 7.5 cm behind and 2.5 cm above the skull's joint with the atlas.
  occiput: offset('head', 0, 0.025, -0.075),
  // Estimate: the lateral superior nuchal line, 3.5 cm off the midline.
  nuchalLine: offset('head', 0.035, 0.02, -0.068),
  // Estimate: the nuchal ligament at mid-neck, 6.5 cm above and 6 cm behind the C7/T1 joint.
  nuchalLigament: offset('neck', 0, 0.065, -0.06),
  // Estimate: the C7 spinous process (vertebra prominens) tip, 6.5 cm behind and 1 cm below the C7/T1 joint.
  c7: offset('neck', 0, -0.01, -0.065),
};
