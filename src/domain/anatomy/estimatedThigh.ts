/**
 * Estimated right-side attachments of the hamstrings, adductor magnus and quadriceps: textbook landmarks
 * ('educational-anatomy-pages') placed on our skeleton's pelvis, femur and knee.
 */
import type { PathPoint } from './attachmentTypes';
import type { RightSideMuscle } from './christophyMuscles';
import { PELVIS, THIGH, between, offset, shifted } from './landmarks';
import { fascicle } from './pathRouting';

/** A point in the thigh, `down` metres below the hip centre, offset sideways and forwards from the hip centre. */
const thigh = (down: number, lateral: number, anterior: number): PathPoint =>
  offset('thigh_right', lateral, -down, anterior);

const hamstrings: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; biceps femoris long head, semitendinosus and semimembranosus from the ischial tuberosity down the back of the thigh to the fibular head and the medial tibia.',
  fascicles: [
    // Estimate: the bellies lie 4–6 cm behind the femur; biceps drifts lateral, the other two medial.
    fascicle(
      'biceps_femoris_long_head',
      PELVIS.ischialTuberosity,
      thigh(0.16, 0.0, -0.058),
      thigh(0.3, 0.03, -0.05),
      thigh(0.39, 0.04, -0.036),
      THIGH.fibularHead,
    ),
    fascicle(
      'semitendinosus',
      shifted(PELVIS.ischialTuberosity, -0.004, -0.004, -0.004),
      thigh(0.16, -0.02, -0.062),
      thigh(0.3, -0.03, -0.052),
      offset('shin_right', -0.035, 0.02, -0.03, 'shin_right'),
      THIGH.pesAnserinus,
    ),
    fascicle(
      'semimembranosus',
      shifted(PELVIS.ischialTuberosity, 0.006, 0.004, 0.006),
      thigh(0.16, -0.014, -0.046),
      thigh(0.3, -0.026, -0.044),
      offset('shin_right', -0.032, 0.03, -0.028, 'thigh_right'),
      THIGH.medialTibialCondyle,
    ),
  ],
};

const adductorMagnus: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; fan from the inferior pubic ramus, ischial ramus and ischial tuberosity to the linea aspera and, by its hamstring part, the adductor tubercle.',
  fascicles: [
    fascicle(
      'adductor_magnus_pubic',
      shifted(PELVIS.ischiopubicRamus, 0, 0, 0.014),
      thigh(0.1, 0.0, -0.004),
      THIGH.lineaAsperaHigh,
    ),
    fascicle('adductor_magnus_ramus', PELVIS.ischiopubicRamus, thigh(0.17, -0.012, -0.01), THIGH.lineaAsperaMid),
    fascicle(
      'adductor_magnus_ischial',
      between(PELVIS.ischiopubicRamus, PELVIS.ischialTuberosity, 0.6),
      thigh(0.24, -0.02, -0.016),
      THIGH.lineaAsperaLow,
    ),
    fascicle(
      'adductor_magnus_hamstring_part',
      shifted(PELVIS.ischialTuberosity, -0.006, -0.006, 0.006),
      thigh(0.24, -0.038, -0.03),
      thigh(0.34, -0.04, -0.02),
      THIGH.adductorTubercle,
    ),
  ],
};

// Estimate: the quadriceps tendon meets the top of the patella; the patellar ligament runs on to the tuberosity.
const patellaTop = shifted(THIGH.patella, 0, 0.025, -0.004);

const quadriceps: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; rectus femoris from the AIIS and the three vasti from the femoral shaft, over the front of the thigh to the patella and by the patellar ligament to the tibial tuberosity.',
  fascicles: [
    fascicle(
      'rectus_femoris',
      PELVIS.aiis,
      thigh(0.12, 0.022, 0.07),
      thigh(0.27, 0.012, 0.07),
      patellaTop,
      THIGH.patella,
      THIGH.tibialTuberosity,
    ),
    fascicle(
      'vastus_lateralis',
      shifted(THIGH.greaterTrochanter, -0.004, -0.03, 0.008),
      thigh(0.15, 0.07, 0.02),
      thigh(0.3, 0.055, 0.04),
      shifted(patellaTop, 0.018, -0.006, -0.006),
      THIGH.patella,
    ),
    fascicle(
      'vastus_medialis',
      thigh(0.1, 0.01, 0.02),
      thigh(0.24, -0.025, 0.04),
      thigh(0.35, -0.038, 0.042),
      shifted(patellaTop, -0.016, -0.01, -0.004),
      THIGH.patella,
    ),
    fascicle(
      'vastus_intermedius',
      thigh(0.09, 0.035, 0.03),
      thigh(0.2, 0.028, 0.048),
      thigh(0.33, 0.012, 0.048),
      patellaTop,
    ),
  ],
};

/** Estimated thigh muscles, right side. */
export const ESTIMATED_THIGH = {
  hamstrings,
  'adductor-magnus': adductorMagnus,
  quadriceps,
} as const;
