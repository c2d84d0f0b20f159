/**
 * Real-world sizes of the equipment, metres, and the points the motion needs (grips, bar height, box and bench
 * heights, pad positions). The model generator builds the meshes from these same numbers.
 *
 * The reference files hold no equipment specifications, so every size is labelled ESTIMATE: a typical commercial
 * dimension, with a line of reasoning. The 2.2 m bar and 450 mm plates are the project's stated standard.
 *
 * Local frames (each equipment node is at the origin of its own frame, +Y up):
 * - Held implements: origin at the grip centre, X along the grip (across the hands), so the runtime can place them
 *   from the hands. The barbell's, dumbbell's and plate's axis is X; the kettlebell's bell hangs along -Y.
 * - Apparatus (box, bench, mat, rack, stations): origin on the floor (y = 0) under the centre of the footprint;
 *   the user faces +Z (stations) and long axes run along Z.
 */
import { REST_POSITIONS } from '../skeleton/restPose';
import type { EquipmentId } from '../content/types';

/** A point or direction in an equipment's local frame, metres. */
export type EquipmentVec3 = readonly [number, number, number];

/** Olympic barbell with one bumper plate and a collar on each sleeve. */
export const BARBELL = {
  /** ESTIMATE (project standard): the men's Olympic bar, 2.2 m end to end. */
  length: 2.2,
  /** ESTIMATE: 28 mm shaft, the common men's bar. */
  shaftDiameter: 0.028,
  /** ESTIMATE: 1.31 m of shaft between the inner collars, typical of a 2.2 m bar. */
  shaftLength: 1.31,
  /** ESTIMATE: 50 mm loading sleeves, the Olympic standard hole size. */
  sleeveDiameter: 0.05,
  /** ESTIMATE: 415 mm of sleeve each side (2.2 m minus shaft and collars, halved). */
  sleeveLength: 0.415,
  /** ESTIMATE: inner collar (the flange the plates seat against), 30 mm wide. */
  innerCollarWidth: 0.03,
  innerCollarDiameter: 0.07,
  /** ESTIMATE (project standard): 450 mm plates. */
  plateDiameter: 0.45,
  /** ESTIMATE: about 55 mm, a 20 kg bumper plate. */
  plateThickness: 0.055,
  /** ESTIMATE: a clamp collar outside each plate, 35 mm wide. */
  clampWidth: 0.035,
  clampDiameter: 0.075,
  /** ESTIMATE: 20 kg bar plus a 20 kg plate each side. */
  massKg: 60,
  /**
   * Height of the bar's axis when the plates stand on the floor: the plate radius (0.225 m). Where a deadlift
   * starts and ends.
   */
  barHeightOnFloor: 0.225,
  /** Grip must stay on the shaft: |x| of a hand centre up to this (half the shaft, minus a hand half-width). */
  maxGripHalfWidth: 0.655 - 0.045,
} as const;

/** Distance from the bar's centre to the inner face of each plate (it seats against the inner collar). */
export const PLATE_INNER_FACE_X = BARBELL.shaftLength / 2 + BARBELL.innerCollarWidth;

/** A single plate on its own (the barbell's plate), centred, axis X. */
export const WEIGHT_PLATE = {
  diameter: BARBELL.plateDiameter,
  thickness: BARBELL.plateThickness,
  /** ESTIMATE: 50.4 mm bore, to slide on a 50 mm sleeve. */
  holeDiameter: 0.0504,
  massKg: 20,
} as const;

/** Fixed hex dumbbell, handle along X. */
export const DUMBBELL = {
  /** ESTIMATE: 130 mm between the heads, 33 mm handle: typical of a 20 kg hex dumbbell. */
  handleLength: 0.13,
  handleDiameter: 0.033,
  /** ESTIMATE: hex heads 170 mm across the flats and 95 mm long. */
  headAcrossFlats: 0.17,
  headLength: 0.095,
  /** End to end: the handle, two 8 mm collars and two heads. */
  length: 0.13 + 2 * 0.008 + 2 * 0.095,
  massKg: 20,
} as const;

/** Competition kettlebell, 16 kg (competition bells share one size at every mass). */
export const KETTLEBELL = {
  /** ESTIMATE: about 280 mm tall, 210 mm bell, 35 mm handle: the usual competition size. */
  height: 0.28,
  bellDiameter: 0.21,
  handleDiameter: 0.035,
  /** ESTIMATE: handle centreline 190 mm wide at the horns. */
  handleWidth: 0.19,
  /**
   * Centre of the bell below the grip centre (the handle's top bar), along -Y: the base sits 262.5 mm below the
   * grip (height minus the handle's radius) and the ball, flattened to a 120 mm circle there, has its centre
   * √(105² − 60²) ≈ 86 mm above the base.
   */
  bellCentreBelowGrip: 0.28 - 0.0175 - Math.sqrt(0.105 ** 2 - 0.06 ** 2),
  massKg: 16,
} as const;

/** Medicine ball, centred. */
export const MEDICINE_BALL = {
  /** ESTIMATE: 350 mm, a typical 6–9 kg rubber ball. */
  diameter: 0.35,
  massKg: 6,
} as const;

/** Plyo box, standing on its lowest side. */
export const PLYO_BOX = {
  /** ESTIMATE: a 3-in-1 wooden box (20 × 24 × 30 in) on its 20 in side. */
  height: 0.508,
  width: 0.762,
  depth: 0.61,
} as const;

/** Flat bench, long axis Z. */
export const BENCH = {
  /** ESTIMATE: pad top 430 mm above the floor, pad 290 mm wide and 1.2 m long: typical flat bench. */
  height: 0.43,
  padWidth: 0.29,
  padLength: 1.2,
  padThickness: 0.06,
} as const;

/** Exercise mat, long axis Z. */
export const MAT = {
  /** ESTIMATE: 1.8 × 0.6 m, 12 mm thick: a typical gym exercise mat. */
  length: 1.8,
  width: 0.6,
  thickness: 0.012,
} as const;

/** Squat stands: two uprights with J-hooks, at x = ±uprightSpacing/2, z = 0. */
export const SQUAT_RACK = {
  /** ESTIMATE: 75 mm square uprights, 1.8 m tall: typical squat stands. */
  uprightSize: 0.075,
  uprightHeight: 1.8,
  /** ESTIMATE: 1.2 m between upright centres, inside the bar's 1.31 m shaft. */
  uprightSpacing: 1.2,
  /** ESTIMATE: feet 0.7 m deep. */
  footLength: 0.7,
  /**
   * ESTIMATE: height of the bar's axis resting in the J-hooks, set for the 1.75 m figure about 10 cm below its
   * shoulder (acromion) height, so the bar is unracked with a slight knee bend.
   */
  jHookBarHeight: 1.33,
  /** How far in front of the uprights' centre line the bar rests in the hooks (+Z). */
  jHookBarZ: 0.078,
} as const;

const RAD = Math.PI / 180;
const LEG = {
  /** Ankle to hip joint centre of the figure (REST_POSITIONS), metres. */
  ankleToHip: REST_POSITIONS.thigh_left[1] - REST_POSITIONS.foot_left[1],
  ankleToKnee: REST_POSITIONS.shin_left[1] - REST_POSITIONS.foot_left[1],
  kneeToHip: REST_POSITIONS.thigh_left[1] - REST_POSITIONS.shin_left[1],
  /** Ankle joint centre above the sole. */
  ankleHeight: REST_POSITIONS.foot_left[1],
};

const BX_ANGLE = 45 * RAD;
/** Along the legs in the 45° station, ankle towards hip: up and forward. */
const BX_UP: EquipmentVec3 = [0, Math.sin(BX_ANGLE), Math.cos(BX_ANGLE)];
/** The figure lies face down, so the front of the thighs faces down and forward, at right angles to the legs. */
const BX_FRONT: EquipmentVec3 = [0, -Math.cos(BX_ANGLE), Math.sin(BX_ANGLE)];
const BX_ANKLE: EquipmentVec3 = [0, 0.3, -0.4];
const at = (p: EquipmentVec3, ...steps: [EquipmentVec3, number][]): EquipmentVec3 => {
  let out: EquipmentVec3 = p;
  for (const [d, s] of steps) out = [out[0] + d[0] * s, out[1] + d[1] * s, out[2] + d[2] * s];
  return out;
};

/**
 * 45° back-extension (hyperextension) station, set for the 1.75 m figure. With the legs straight on it, the
 * figure's ankle centres sit at `ankle`, hip centres at `hip`, the front of the thighs on the pad, the pad's top
 * edge just below the hip crease so the trunk can hinge over it.
 */
export const BACK_EXTENSION_STATION = {
  /** The station's incline: the legs lie 45° from the floor. */
  angleDeg: 45,
  /** Unit vector along the legs, ankle → hip. */
  legDirection: BX_UP,
  /** Unit vector the front of the thighs faces (into the pad). */
  padNormal: BX_FRONT,
  /** ESTIMATE: where the ankle centres go (x = 0 is the midline; each ankle sits at the figure's own x). */
  ankle: BX_ANKLE,
  hip: at(BX_ANKLE, [BX_UP, LEG.ankleToHip]),
  /** Centre of the foot plate's surface; the soles rest on it, normal = legDirection. */
  footPlateCentre: at(BX_ANKLE, [BX_UP, -LEG.ankleHeight], [BX_FRONT, 0.06]),
  /** ESTIMATE: foot plate 0.45 × 0.32 m. */
  footPlateSize: [0.45, 0.32] as const,
  /** Centre of the ankle rollers, behind the lower legs just above the heels; axis X. */
  ankleRollerCentre: at(BX_ANKLE, [BX_UP, 0.09], [BX_FRONT, -0.09]),
  /** ESTIMATE: foam rollers 0.1 m across. */
  ankleRollerDiameter: 0.1,
  /** Midpoint of the thigh pad's top edge, on its surface, 5 cm below the hip along the legs. */
  padTopEdge: at(BX_ANKLE, [BX_UP, LEG.ankleToHip - 0.05], [BX_FRONT, 0.08]),
  /** ESTIMATE: pad 0.36 m wide, 0.35 m long (down the legs from its top edge), 0.07 m thick. */
  padSize: [0.36, 0.35, 0.07] as const,
} as const;

const GHD_ANKLE: EquipmentVec3 = [0, 1.0, -LEG.ankleToKnee];

/**
 * Glute-ham developer, set for the 1.75 m figure, described for the start of the raise: the body horizontal and
 * face down along +Z, knees straight. The front of the lower thighs rests on the pad just in front of the knees,
 * the ankles are locked between two rollers and the soles press on the vertical foot plate.
 */
export const GLUTE_HAM_DEVELOPER = {
  /** ESTIMATE: legs 1.0 m above the floor, a typical pad height. */
  ankle: GHD_ANKLE,
  knee: [0, 1.0, 0] as EquipmentVec3,
  hip: [0, 1.0, LEG.kneeToHip] as EquipmentVec3,
  /** The pad's top: 6 cm under the leg line, 8 cm in front of the knees. */
  padTop: [0, 1.0 - 0.06, 0.08] as EquipmentVec3,
  /** ESTIMATE: the pad is a rounded hump 0.13 m in radius and 0.4 m wide, axis X. */
  padRadius: 0.13,
  padWidth: 0.4,
  /** Upper roller (on the back of the lower legs) and lower roller (in front of the shins); axis X. */
  upperRollerCentre: at(GHD_ANKLE, [[0, 1, 0], 0.08], [[0, 0, 1], 0.06]),
  lowerRollerCentre: at(GHD_ANKLE, [[0, 1, 0], -0.085], [[0, 0, 1], 0.06]),
  rollerDiameter: 0.09,
  /** The foot plate's surface is the plane z = this, facing +Z. */
  footPlateZ: GHD_ANKLE[2] - LEG.ankleHeight,
} as const;

/** Cable column with a high pulley and a D-handle. */
export const CABLE_STATION = {
  /** ESTIMATE: column 2.2 m tall, 0.1 m square. */
  columnHeight: 2.2,
  columnSize: 0.1,
  /** ESTIMATE: pulley set high (1.9 m) for a high-to-low chop; wheel 90 mm across, axis X. */
  pulleyCentre: [0, 1.9, 0.15] as EquipmentVec3,
  pulleyDiameter: 0.09,
  /** Where the cable leaves the pulley (bottom of the wheel). */
  cableExit: [0, 1.855, 0.15] as EquipmentVec3,
  cableDiameter: 0.005,
  /** Child node names: the cable (a 1 m cylinder from cableExit along -Y: scale Y to the length, aim it) and the handle. */
  cableNode: 'cable-station-cable',
  handleNode: 'cable-station-handle',
  /** D-handle, in its own frame: grip centre at the origin along X; the cable clips on at `handleClip`. */
  handleGripLength: 0.12,
  handleGripDiameter: 0.032,
  handleClip: [0, 0.115, 0] as EquipmentVec3,
  /** Cable length as built (the handle hanging below the pulley). */
  restCableLength: 0.3,
} as const;

/** Every equipment id the models file holds, with the node name the runtime looks up (the id itself). */
export const EQUIPMENT_NODE_NAMES: Record<EquipmentId, string> = {
  barbell: 'barbell',
  'squat-rack': 'squat-rack',
  'weight-plate': 'weight-plate',
  dumbbell: 'dumbbell',
  kettlebell: 'kettlebell',
  'medicine-ball': 'medicine-ball',
  'back-extension-station': 'back-extension-station',
  'glute-ham-developer': 'glute-ham-developer',
  'plyo-box': 'plyo-box',
  'cable-station': 'cable-station',
  bench: 'bench',
  mat: 'mat',
};
