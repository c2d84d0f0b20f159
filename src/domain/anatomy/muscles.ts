import type { MuscleInfo } from './types';

// The erector spinae follows Bogduk's scheme (bogduk-1980, bogduk-1982) with the fascicle set of the
// Christophy 2012 model. Muscles outside the erector spinae come from educational anatomy pages
// ('educational-anatomy-pages'); where those pages give different nerve roots, `disagreement` says so.

const ERECTOR_SPINAE: MuscleInfo[] = [
  {
    id: 'spinalis',
    name: 'Spinalis',
    group: 'erector-spinae',
    summary:
      'The thin inner strip of the erector spinae, running between spinous processes. In the lower back it is mostly tendon, so it adds little force there; its work is higher up the spine.',
    origin: 'Spinous processes of T11 to L2 (spinalis thoracis)',
    insertion: 'Spinous processes of T4 to T8',
    action: 'Extends the spine when both sides work',
    innervation: 'Dorsal rami of the spinal nerves',
    refs: ['qpercom-erector-spinae', 'bogduk-1980', 'christophy-2012'],
    disagreement:
      'Classic descriptions (Gray’s) list spinalis as the third column of the erector spinae. Bogduk (1980) left it out of the lumbar erector spinae because it is mainly aponeurotic in the lumbar region, and the Christophy 2012 model has no spinalis at all.',
    articleNote:
      'The article calls spinalis the smallest of the three columns and places it closest to the spine. It credits spinalis with helping you turn from side to side and with steadying your head as you look up; that head work comes from the parts of the column that reach the neck.',
  },
  {
    id: 'longissimus-lumborum',
    name: 'Longissimus thoracis, lumbar part',
    group: 'erector-spinae',
    summary:
      'Five short bundles that run from each lumbar vertebra down to the back of the pelvis. They pull the lumbar vertebrae backwards, so they help you hold a neutral lower back when you hinge.',
    origin: 'Accessory process and the inner end of the transverse process of each lumbar vertebra, L1 to L5',
    insertion:
      'Ilium, next to the posterior superior iliac spine; the fibres form the lumbar intermuscular aponeurosis',
    action: 'Both sides: extend the lumbar spine. One side: bends the trunk to that side',
    innervation: 'Intermediate branches of the lumbar dorsal rami (L1–L5; the L5 ramus has no lateral branch)',
    refs: ['bogduk-1980', 'bogduk-1982', 'christophy-2012', 'educational-anatomy-pages'],
    disagreement:
      'Bogduk describes every lumbar bundle reaching the ilium; in the Christophy 2012 model the L5 bundle attaches to the sacrum instead.',
    articleNote:
      'The article treats longissimus as one muscle: the middle column of the three and the biggest. It lists side bending and extending the spine among its jobs, plus helping turn the head; the head turning belongs to its neck part, not this lumbar part.',
  },
  {
    id: 'longissimus-thoracis',
    name: 'Longissimus thoracis, thoracic part',
    group: 'erector-spinae',
    summary:
      'Long, thin bellies from the ribs and thoracic vertebrae whose tendons run all the way down to the lumbar and sacral spines. They extend the upper back over the pelvis and act on the lower back through the erector spinae aponeurosis.',
    origin: 'Transverse processes of the thoracic vertebrae (T1–T12) and the ribs, through long tendons',
    insertion:
      'Spinous processes of the lumbar vertebrae and the sacrum down to S3, and the region of the posterior superior iliac spine; forms the inner part of the erector spinae aponeurosis',
    action: 'Extends the thoracic spine on the pelvis and, through the aponeurosis, the lumbar spine',
    innervation: 'Dorsal rami of the thoracic spinal nerves',
    refs: ['bogduk-1980', 'qpercom-erector-spinae', 'christophy-2012'],
    articleNote:
      'The article treats longissimus as one muscle: the middle column of the three and the biggest. It lists side bending and extending the spine among its jobs, plus helping turn the head; the head turning belongs to the part that reaches the neck.',
  },
  {
    id: 'iliocostalis-lumborum',
    name: 'Iliocostalis lumborum, lumbar part',
    group: 'erector-spinae',
    summary:
      'Four bundles from the tips of the L1–L4 transverse processes to the iliac crest, the outermost of the lumbar back muscles. Their wide attachment gives them good leverage for extending and side bending the lower back.',
    origin: 'Tips of the transverse processes of L1 to L4',
    insertion: 'Iliac crest',
    action: 'Extends the lumbar spine; bends it to the same side',
    innervation: 'Lateral branches of the lumbar dorsal rami',
    refs: ['bogduk-1980', 'bogduk-1982', 'christophy-2012'],
    articleNote:
      'The article names iliocostalis as the column farthest from the spine, starting low from the sacrum area, and gives it two jobs: bending the spine to the side and extending it.',
  },
  {
    id: 'iliocostalis-thoracis',
    name: 'Iliocostalis lumborum, thoracic part',
    group: 'erector-spinae',
    summary:
      'Slips from the lower ribs that join the erector spinae aponeurosis and anchor on the pelvis and sacrum. They pull the rib cage back and to the side over the pelvis.',
    origin: 'Lower ribs (ribs 7 to 12), through the erector spinae aponeurosis',
    insertion:
      'Iliac crest, sacrum and the region of the posterior superior iliac spine (outer part of the aponeurosis)',
    action: 'Extends the trunk; bends it to the same side',
    innervation: 'Dorsal rami of the thoracic spinal nerves',
    refs: ['qpercom-erector-spinae', 'bogduk-1980', 'christophy-2012'],
    disagreement:
      'Rib levels differ: the Bogduk summary gives ribs 7–12, while the Christophy 2012 model runs eight slips from ribs 5–12.',
    articleNote:
      'The article names iliocostalis as the column farthest from the spine, starting low from the sacrum area, and gives it two jobs: bending the spine to the side and extending it.',
  },
];

const DEEP_BACK: MuscleInfo[] = [
  {
    id: 'multifidus',
    name: 'Multifidus',
    group: 'deep-back',
    summary:
      'Short, deep bundles right beside the spinous processes. Each level has its own nerve supply, so multifidus can fine-tune one segment at a time and keep the lower back steady.',
    origin: 'Spinous processes (tip or shaft) and laminae of L1 to L5',
    insertion:
      'Mamillary processes one to three levels below, and the sacrum beside its back openings (for the lowest levels)',
    action: 'Extends and controls each lumbar segment',
    innervation:
      'Medial branch of the dorsal ramus of the same segment; each branch supplies only the bundles from the spinous process of its own level',
    refs: ['bmc-msd-2020-multifidus', 'bogduk-1982', 'christophy-2012'],
    disagreement:
      'Bogduk (1992) describes the lowest bundles ending on the sacrum beside the posterior sacral foramina; Creze (2017) describes bundles linking spinous and mamillary processes one to three levels apart.',
  },
  {
    id: 'quadratus-lumborum',
    name: 'Quadratus lumborum',
    group: 'deep-back',
    summary:
      'A flat, square muscle in the side of the lower back between the pelvis, the lumbar transverse processes and the 12th rib. It bends the trunk to the side and holds the spine and rib steady, so it works hard whenever you resist bending sideways, as in a side plank.',
    origin: 'Back of the iliac crest and the iliolumbar ligament',
    insertion: '12th rib and the tips of the transverse processes of L1 to L4',
    action: 'Bends the trunk to the same side; fixes the 12th rib',
    innervation: 'Anterior rami of T12 to L3',
    refs: ['educational-anatomy-pages', 'christophy-2012'],
    disagreement: 'The nerve roots (T12–L3) come from educational pages only and are marked uncertain.',
  },
];

const HIP_FLEXORS: MuscleInfo[] = [
  {
    id: 'psoas-major',
    name: 'Psoas major',
    group: 'hip-flexor',
    summary:
      'A long muscle from the sides of the lumbar vertebrae and discs to the inner thigh bone. It is mainly a hip flexor, and because it starts on the spine it ties the lower back directly to the thigh.',
    origin:
      'At every level from T12–L1 to L4–L5: the inner three quarters of the front of the transverse process, the disc and the edges of the vertebral bodies; an extra slip from the L5 body',
    insertion: 'Lesser trochanter of the femur, with iliacus',
    action: 'Flexes the hip (its main action)',
    innervation: 'Ventral rami of L1 to L3',
    refs: ['bogduk-clinical-anatomy', 'educational-anatomy-pages', 'christophy-2012'],
  },
  {
    id: 'iliacus',
    name: 'Iliacus',
    group: 'hip-flexor',
    summary:
      'A fan-shaped muscle lining the inside of the pelvis. It shares a tendon with psoas and works with it to flex the hip.',
    origin: 'Iliac fossa',
    insertion: 'Lesser trochanter of the femur, with psoas major',
    action: 'Flexes the hip',
    innervation: 'Femoral nerve',
    refs: ['educational-anatomy-pages'],
    disagreement:
      'Femoral-nerve roots are given as L2–L4 by one page (anatomic.us) and L2–L3 by another (getbodysmart).',
  },
];

const ABDOMINALS: MuscleInfo[] = [
  {
    id: 'rectus-abdominis',
    name: 'Rectus abdominis',
    group: 'abdominal',
    summary:
      'The long front muscle of the belly. It curls the rib cage towards the pelvis and, in planks and dead bugs, stops the lower back from sagging into an arch.',
    origin: 'Pubic crest and pubic symphysis',
    insertion: 'Xiphoid process and the costal cartilages of ribs 5 to 7',
    action: 'Flexes the trunk (lumbar spine); compresses the abdomen',
    innervation: 'Thoracoabdominal nerves (anterior rami of the lower thoracic nerves)',
    refs: ['educational-anatomy-pages'],
  },
  {
    id: 'external-oblique',
    name: 'External oblique',
    group: 'abdominal',
    summary:
      'The outer layer of the side wall of the belly. It bends and turns the trunk, and it resists twisting and side bending when you brace.',
    origin: 'Outer surfaces of ribs 5 to 12',
    insertion: 'Linea alba, pubic tubercle and the front half of the iliac crest',
    action: 'Flexes the trunk; rotates it to the opposite side; bends it to the same side',
    innervation: 'Thoracoabdominal nerves (T7–T11) and the subcostal nerve',
    refs: ['educational-anatomy-pages', 'christophy-2012'],
  },
  {
    id: 'internal-oblique',
    name: 'Internal oblique',
    group: 'abdominal',
    summary:
      'The middle layer of the side wall, with fibres at right angles to the external oblique. It pairs with the opposite external oblique to rotate the trunk, and it is anchored to the thoracolumbar fascia behind.',
    origin: 'Thoracolumbar fascia, front two thirds of the iliac crest and the outer half of the inguinal ligament',
    insertion: 'Lower borders of ribs 10 to 12, linea alba, and the pubis through the conjoint tendon',
    action: 'Flexes the trunk; rotates it to the same side',
    innervation: 'Anterior rami of the lower six thoracic nerves and L1',
    refs: ['educational-anatomy-pages', 'christophy-2012'],
  },
  {
    id: 'transversus-abdominis',
    name: 'Transversus abdominis',
    group: 'abdominal',
    summary:
      'The deepest layer of the belly wall, with fibres running around the trunk like a belt. It draws the wall in and raises the pressure inside the abdomen, which stiffens the trunk.',
    origin:
      'Inner surfaces of the costal cartilages of ribs 7 to 12, thoracolumbar fascia, iliac crest and the outer third of the inguinal ligament',
    insertion: 'Linea alba, pubic crest and pecten pubis',
    action: 'Compresses the abdomen and raises intra-abdominal pressure',
    innervation: 'Anterior rami of the lower six thoracic nerves and L1',
    refs: ['educational-anatomy-pages'],
  },
];

const HIP_AND_THIGH: MuscleInfo[] = [
  {
    id: 'gluteus-maximus',
    name: 'Gluteus maximus',
    group: 'hip-and-thigh',
    summary:
      'The big muscle of the buttock and the main driver of the hip hinge. Strong glutes let your hips, not your lower back, do the work of standing up from a deadlift or swing.',
    origin:
      'Ilium behind the posterior gluteal line, back of the sacrum and coccyx, sacrotuberous ligament and the erector spinae aponeurosis',
    insertion: 'Iliotibial tract and the gluteal tuberosity of the femur',
    action: 'Extends the hip; rotates the thigh outwards',
    innervation: 'Inferior gluteal nerve (L5, S1, S2)',
    refs: ['educational-anatomy-pages'],
  },
  {
    id: 'gluteus-medius',
    name: 'Gluteus medius',
    group: 'hip-and-thigh',
    summary:
      'A fan-shaped muscle on the side of the hip. It keeps your pelvis level when you stand on one leg, as in a single-leg deadlift or a side plank.',
    origin: 'Outer surface of the ilium, between the anterior and posterior gluteal lines',
    insertion: 'Outer surface of the greater trochanter of the femur',
    action: 'Abducts the hip; its front fibres rotate the thigh inwards; steadies the pelvis in single-leg stance',
    innervation: 'Superior gluteal nerve (L4, L5, S1)',
    refs: ['educational-anatomy-pages'],
  },
  {
    id: 'hamstrings',
    name: 'Hamstrings',
    group: 'hip-and-thigh',
    summary:
      'Three muscles at the back of the thigh (biceps femoris, semitendinosus, semimembranosus). They extend the hip with the glutes and, when tight, limit how far the pelvis can tip forward in a hinge.',
    origin: 'Ischial tuberosity (the short head of biceps femoris: linea aspera of the femur)',
    insertion:
      'Biceps femoris: head of the fibula. Semitendinosus: pes anserinus on the inner tibia. Semimembranosus: back of the inner tibial condyle',
    action: 'Extend the hip; flex the knee',
    innervation: 'Tibial division of the sciatic nerve (short head of biceps femoris: common fibular division)',
    refs: ['educational-anatomy-pages'],
    disagreement:
      'Nerve roots differ between sources: L5, S1, S2 (podiapaedia) or L4 to S2 for semitendinosus (wheeless).',
  },
  {
    id: 'adductor-magnus',
    name: 'Adductor magnus',
    group: 'hip-and-thigh',
    summary:
      'The largest muscle of the inner thigh. Its back part works like a hamstring, helping the glutes extend the hip as you stand up from a deadlift.',
    origin: 'Inferior pubic ramus, ramus of the ischium and the ischial tuberosity',
    insertion: 'Linea aspera and the adductor tubercle of the femur',
    action: 'Adducts the hip; the front part helps flex it and the back (hamstring) part extends it',
    innervation: 'Obturator nerve (front part) and the tibial division of the sciatic nerve (hamstring part)',
    refs: ['educational-anatomy-pages'],
  },
  {
    id: 'quadriceps',
    name: 'Quadriceps femoris',
    group: 'hip-and-thigh',
    summary:
      'The four muscles at the front of the thigh (rectus femoris and the three vasti). They straighten the knee as you drive up from a squat-style lift; rectus femoris also flexes the hip.',
    origin:
      'Rectus femoris: anterior inferior iliac spine. Vastus lateralis, medialis and intermedius: the shaft of the femur',
    insertion: 'Tibial tuberosity, through the quadriceps tendon, patella and patellar ligament',
    action: 'Extends the knee; rectus femoris also flexes the hip',
    innervation: 'Femoral nerve (L2–L4)',
    refs: ['educational-anatomy-pages'],
  },
];

const UPPER_BACK_AND_ARM: MuscleInfo[] = [
  {
    id: 'latissimus-dorsi',
    name: 'Latissimus dorsi',
    group: 'upper-back-and-arm',
    summary:
      'The broad muscle that wraps from the lower back and pelvis to the upper arm. Through the thoracolumbar fascia it links your arms to your lower back, so it helps lock the trunk in rows and deadlifts.',
    origin:
      'Spinous processes of T7 to T12 (or the lowest six thoracic), thoracolumbar fascia, iliac crest and the lowest three or four ribs',
    insertion: 'Floor of the intertubercular groove of the humerus',
    action: 'Extends, adducts and inwardly rotates the shoulder',
    innervation: 'Thoracodorsal nerve (C6–C8)',
    refs: ['educational-anatomy-pages', 'christophy-2012'],
  },
  {
    id: 'trapezius',
    name: 'Trapezius',
    group: 'upper-back-and-arm',
    summary:
      'The large diamond-shaped muscle of the upper back and neck. Its middle and lower fibres hold your shoulder blades back and down during rows and heavy pulls.',
    origin:
      'External occipital protuberance, superior nuchal line, nuchal ligament and the spinous processes of C7 to T12',
    insertion: 'Outer third of the clavicle, acromion and the spine of the scapula',
    action: 'Raises, retracts, lowers and upwardly rotates the scapula',
    innervation: 'Accessory nerve (cranial nerve XI); C3–C4 carry sensation',
    refs: ['educational-anatomy-pages'],
  },
  {
    id: 'rhomboids',
    name: 'Rhomboids',
    group: 'upper-back-and-arm',
    summary:
      'Two flat muscles between the spine and the shoulder blade. They squeeze your shoulder blades together at the top of a row.',
    origin: 'Rhomboid major: spinous processes of T2 to T5. Rhomboid minor: C7, T1 and the nuchal ligament',
    insertion: 'Medial border of the scapula',
    action: 'Retracts the scapula and rotates it downwards',
    innervation: 'Dorsal scapular nerve',
    refs: ['educational-anatomy-pages'],
    disagreement: 'Nerve roots of the dorsal scapular nerve are given as C4–C5, C5, or C5–C6 by different sources.',
  },
  {
    id: 'deltoid',
    name: 'Deltoid',
    group: 'upper-back-and-arm',
    summary:
      'The cap of the shoulder. Its back fibres help pull in rows, and its front fibres hold your arm out in a bird dog or superman.',
    origin: 'Outer third of the clavicle, acromion and the spine of the scapula',
    insertion: 'Deltoid tuberosity of the humerus',
    action:
      'Middle fibres abduct the shoulder; front fibres flex and inwardly rotate it; back fibres extend and outwardly rotate it',
    innervation: 'Axillary nerve (C5–C6)',
    refs: ['educational-anatomy-pages'],
  },
  {
    id: 'biceps-brachii',
    name: 'Biceps brachii',
    group: 'upper-back-and-arm',
    summary: 'The two-headed muscle at the front of the upper arm. It bends the elbow as you pull the bar in a row.',
    origin: 'Short head: coracoid process. Long head: supraglenoid tubercle of the scapula',
    insertion: 'Radial tuberosity and the bicipital aponeurosis',
    action: 'Flexes the elbow and supinates the forearm; assists shoulder flexion',
    innervation: 'Musculocutaneous nerve (C5–C6)',
    refs: ['educational-anatomy-pages'],
  },
  {
    id: 'serratus-anterior',
    name: 'Serratus anterior',
    group: 'upper-back-and-arm',
    summary:
      'A saw-toothed muscle on the side of the rib cage. It holds your shoulder blades flat against the ribs when you push into the floor in a plank.',
    origin: 'Outer surfaces of the upper eight or nine ribs',
    insertion: 'Front (costal) surface of the medial border of the scapula',
    action: 'Protracts the scapula, rotates it upwards and holds it against the chest wall',
    innervation: 'Long thoracic nerve (C5–C7)',
    refs: ['educational-anatomy-pages'],
  },
];

/** Every muscle the app shows, in MUSCLE_IDS order, with attachments, actions and nerve supply. */
export const MUSCLES: readonly MuscleInfo[] = [
  ...ERECTOR_SPINAE,
  ...DEEP_BACK,
  ...HIP_FLEXORS,
  ...ABDOMINALS,
  ...HIP_AND_THIGH,
  ...UPPER_BACK_AND_ARM,
];
