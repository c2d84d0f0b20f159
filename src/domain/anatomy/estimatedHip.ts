/**
 * Estimated right-side attachments of iliacus and the gluteals: textbook landmarks ('educational-anatomy-pages')
 * placed on our skeleton, next to the Christophy pelvic points they share.
 */
import type { PathPoint } from './attachmentTypes';
import type { RightSideMuscle } from './christophyMuscles';
import { PELVIS, THIGH, between, offset, shifted } from './landmarks';
import { fascicle } from './pathRouting';

// Estimate: the iliacus tendon joins psoas lateral to it on the brim, then passes in front of the femoral neck.
const iliacBrim = shifted(PELVIS.pelvicBrim, 0.014, 0.002, -0.004);
const frontOfHip = offset('thigh_right', 0.014, -0.03, 0.03);

/** A point in the iliac fossa: 2–3 cm below and inside the crest point given (the wing's inner surface). */
function fossa(crest: PathPoint): PathPoint {
  return shifted(crest, -0.014, -0.022, -0.006);
}

const iliacus: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; from the iliac fossa under the crest, over the pelvic brim lateral to psoas, to the lesser trochanter.',
  fascicles: [
    fascicle(
      'iliacus_anterior',
      fossa(shifted(PELVIS.asis, 0.004, 0.012, -0.012)),
      iliacBrim,
      frontOfHip,
      THIGH.lesserTrochanter,
    ),
    fascicle('iliacus_middle', fossa(PELVIS.iliacTubercle), iliacBrim, frontOfHip, THIGH.lesserTrochanter),
    fascicle(
      'iliacus_posterior',
      fossa(between(PELVIS.iliacTubercle, PELVIS.posteriorCrest, 0.6)),
      iliacBrim,
      frontOfHip,
      THIGH.lesserTrochanter,
    ),
  ],
};

/** A gluteus medius fibre from just under the crest, bulging over the outer ilium, to the greater trochanter. */
function mediusFibre(name: string, origin: PathPoint, anterior: number): ReturnType<typeof fascicle> {
  const insertion = shifted(THIGH.greaterTrochanter, 0.004, 0.01, anterior);
  // Estimate: the belly stands about 1.5 cm off the outer surface of the wing at mid-length.
  const belly = shifted(between(origin, insertion, 0.45), 0.016, 0, 0, 'pelvis');
  return fascicle(name, origin, belly, insertion);
}

// Estimate: gluteus medius arises 1.5–3 cm below the crest, on the outer surface of the wing.
const underCrest = (crest: PathPoint, down: number) => shifted(crest, 0.012, -down, 0);

const gluteusMedius: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; fan from the outer ilium below the crest (between the gluteal lines) to the lateral surface of the greater trochanter.',
  fascicles: [
    mediusFibre('gluteus_medius_anterior', underCrest(shifted(PELVIS.asis, 0, 0.004, -0.012), 0.015), 0.014),
    mediusFibre('gluteus_medius_anterolateral', underCrest(PELVIS.iliacTubercle, 0.018), 0.007),
    mediusFibre(
      'gluteus_medius_lateral',
      underCrest(between(PELVIS.iliacTubercle, PELVIS.posteriorCrest, 0.45), 0.022),
      0,
    ),
    mediusFibre(
      'gluteus_medius_posterolateral',
      underCrest(between(PELVIS.iliacTubercle, PELVIS.posteriorCrest, 0.85), 0.028),
      -0.008,
    ),
    mediusFibre(
      'gluteus_medius_posterior',
      underCrest(shifted(PELVIS.posteriorCrest, 0.0, -0.005, -0.018), 0.03),
      -0.014,
    ),
  ],
};

/** The iliotibial tract on the side of the thigh, `down` metres below the hip centre. */
const iliotibialTract = (down: number, anterior: number) => offset('thigh_right', 0.068, -down, anterior);

/** A gluteus maximus fibre running down and out, bowed back over the buttock. */
function maximusFibre(name: string, origin: PathPoint, insertion: PathPoint): ReturnType<typeof fascicle> {
  // Estimate: the buttock stands about 4 cm behind the straight line, the muscle being 3–4 cm thick.
  const buttock = shifted(between(origin, insertion, 0.45), 0.008, 0, -0.042, 'pelvis');
  return fascicle(name, origin, buttock, insertion);
}

const gluteusMaximus: RightSideMuscle = {
  refs: ['educational-anatomy-pages'],
  estimate:
    'Not in the Christophy model; from the ilium behind the posterior gluteal line, the back of the sacrum and coccyx and the sacrotuberous ligament, down and out to the iliotibial tract and gluteal tuberosity.',
  fascicles: [
    maximusFibre(
      'gluteus_maximus_iliac',
      shifted(between(PELVIS.psis, PELVIS.posteriorCrest, 0.4), 0, -0.004, -0.01),
      iliotibialTract(0.04, 0.004),
    ),
    maximusFibre('gluteus_maximus_psis', shifted(PELVIS.psis, 0, -0.008, -0.012), iliotibialTract(0.062, 0)),
    maximusFibre(
      'gluteus_maximus_sacral_upper',
      shifted(between(PELVIS.psis, PELVIS.lowerSacrum, 0.55), 0.008, 0, -0.008),
      iliotibialTract(0.084, -0.004),
    ),
    maximusFibre(
      'gluteus_maximus_sacral_lower',
      shifted(PELVIS.lowerSacrum, 0.018, -0.016, -0.002),
      iliotibialTract(0.104, -0.008),
    ),
    maximusFibre(
      'gluteus_maximus_coccygeal',
      shifted(between(PELVIS.lowerSacrum, PELVIS.coccyx, 0.7), 0.012, 0, 0),
      THIGH.glutealTuberosity,
    ),
    maximusFibre(
      'gluteus_maximus_sacrotuberous',
      shifted(between(PELVIS.coccyx, PELVIS.ischialTuberosity, 0.45), 0, 0, -0.012),
      shifted(THIGH.glutealTuberosity, 0, -0.025, 0),
    ),
  ],
};

/** Estimated hip muscles, right side. */
export const ESTIMATED_HIP = {
  iliacus,
  'gluteus-medius': gluteusMedius,
  'gluteus-maximus': gluteusMaximus,
} as const;
