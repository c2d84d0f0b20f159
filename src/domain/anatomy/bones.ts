import type { BoneInfo } from './types';

/** The bones shown around the lumbar spine, in BONE_IDS order: what each is and why it matters for the lower back. */
export const BONES: readonly BoneInfo[] = [
  {
    id: 'T12',
    name: 'T12 vertebra',
    summary:
      'The last thoracic vertebra, where the rib cage ends and the lumbar spine begins. Lumbar lordosis is usually measured from here down to the sacrum.',
    facts: [
      {
        label: 'Standing lumbar lordosis, T12 to S1',
        value: '49.8 ± 11.2° (627 healthy adults)',
        refs: ['lordosis-cohort-627'],
      },
      {
        label: 'Facet-joint angle (uncertain)',
        value: 'T12–L2 group: 25.89–33.87° to the midline plane (secondary source)',
        refs: ['facet-orientation-qa'],
      },
      {
        label: 'Muscles attached',
        value:
          'Psoas major (its top slip at T12–L1), quadratus lumborum (front fibres), latissimus dorsi and trapezius (spinous process)',
        refs: ['bogduk-clinical-anatomy', 'christophy-2012', 'educational-anatomy-pages'],
      },
    ],
  },
  {
    id: 'rib-11',
    name: '11th rib',
    summary:
      'A floating rib: it has no cartilage link to the breastbone. It anchors slips of the back and side-wall muscles just above the lumbar spine.',
    facts: [
      {
        label: 'Muscles attached',
        value:
          'Iliocostalis (thoracic part), latissimus dorsi, external oblique (outer surface), internal oblique (lower border), transversus abdominis (inner surface of the costal cartilage)',
        refs: ['qpercom-erector-spinae', 'christophy-2012', 'educational-anatomy-pages'],
      },
    ],
  },
  {
    id: 'rib-12',
    name: '12th rib',
    summary:
      'The lowest, shortest floating rib. Quadratus lumborum pulls on it from below and holds it steady when you breathe in, so it is a key anchor for the side of the lower back.',
    facts: [
      {
        label: 'Quadratus lumborum',
        value: 'Inserts on this rib and fixes it in place',
        refs: ['educational-anatomy-pages', 'christophy-2012'],
      },
      {
        label: 'Other muscles attached',
        value:
          'Iliocostalis (thoracic part), latissimus dorsi, external oblique (outer surface), internal oblique (lower border), transversus abdominis (inner surface of the costal cartilage)',
        refs: ['qpercom-erector-spinae', 'christophy-2012', 'educational-anatomy-pages'],
      },
    ],
  },
  {
    id: 'sacrum',
    name: 'Sacrum',
    summary:
      'Five fused vertebrae forming a wedge between the hip bones. Its top, the S1 endplate, is the base the lumbar spine stands on, and its tilt (sacral slope) goes hand in hand with how curved your lower back is.',
    facts: [
      {
        label: 'Sacral slope',
        value: '24°–55° (mean ± 2 SD, 709 adults); a higher slope goes with more lordosis',
        refs: ['eur-spine-2011-sacropelvic', 'boulay-2006'],
      },
      { label: 'Pelvic angles', value: 'Pelvic incidence = sacral slope + pelvic tilt', refs: ['pmc5859489-review'] },
      {
        label: 'Height (women)',
        value: '98.0 ± 9.2 mm (78 female sacra)',
        refs: ['oman-med-j-sacrum'],
      },
      { label: 'Sacral body width (women)', value: '40.3 ± 7.0 mm', refs: ['oman-med-j-sacrum'] },
      {
        label: 'Distance between the sacroiliac joint surfaces (women)',
        value: '108.7 ± 11.0 mm',
        refs: ['oman-med-j-sacrum'],
      },
      { label: 'Height of the sacroiliac joint surface (women)', value: '56.2 ± 4.6 mm', refs: ['oman-med-j-sacrum'] },
      {
        label: 'Width and length (CT, 29 adults)',
        value: 'Median width 95.3 mm, length 118.6 mm; S1 height 28.0 mm, S2 height 29.7 mm',
        refs: ['korean-ct-sacrum'],
      },
      {
        label: 'S1 pedicle and wing depth (108 dry sacra)',
        value: 'Pedicle depth 23.48 mm, wing (ala) depth 44.09 mm; pedicle height 20.74 mm front, 20.18 mm back',
        refs: ['saluja-2018'],
      },
      {
        label: 'Segmental lordosis, L5–S1 (standing)',
        value: '21.6 ± 7.7°, the largest share of the lumbar curve (42.7%)',
        refs: ['sci-rep-2022-segmental-lordosis'],
      },
      {
        label: 'Muscles attached',
        value:
          'Multifidus (beside the back openings of the sacrum), longissimus thoracis (spinous tubercles down to S3) and iliocostalis via the erector spinae aponeurosis, gluteus maximus (back surface)',
        refs: ['bmc-msd-2020-multifidus', 'bogduk-1980', 'qpercom-erector-spinae', 'educational-anatomy-pages'],
      },
    ],
  },
  {
    id: 'coccyx',
    name: 'Coccyx',
    summary:
      'The tailbone: a few small fused vertebrae below the sacrum. It moves little, but part of gluteus maximus starts from it.',
    facts: [
      {
        label: 'Muscles attached',
        value: 'Gluteus maximus (part of its origin, with the back of the sacrum)',
        refs: ['educational-anatomy-pages'],
      },
    ],
  },
  {
    id: 'hip-bone',
    name: 'Hip bone',
    summary:
      'The ilium, ischium and pubis fused into one bone on each side. The iliac crest anchors the back and side-wall muscles, and the angle of the pelvis sets how much curve the lumbar spine needs to stay balanced.',
    facts: [
      {
        label: 'Pelvic incidence',
        value:
          'The angle between the line at right angles to the middle of the S1 endplate and the line from there to the hip-joint axis; a fixed shape angle in adults',
        refs: ['legaye-1998', 'eur-spine-2011-sacropelvic'],
      },
      {
        label: 'Pelvic incidence, range',
        value: '32°–74° (mean ± 2 SD, 709 adults); the normal spread is given elsewhere as 33°–85°',
        refs: ['eur-spine-2011-sacropelvic', 'pmc5859489-review'],
      },
      {
        label: 'Pelvic incidence, 3D CT',
        value: '45.94 ± 9.08° at 40–80 years, 43.50 ± 7.39° under 40; larger in women',
        refs: ['chen-2019-pelvic-incidence'],
      },
      {
        label: 'Pelvic incidence and the curve',
        value:
          'Low (under 44°): lower sacral slope and a flatter lordosis; high (over 62°): higher slope, more lordosis',
        refs: ['boulay-2006'],
      },
      {
        label: 'Pelvic tilt',
        value: '0°–27° (mean ± 2 SD, 709 adults)',
        refs: ['eur-spine-2011-sacropelvic'],
      },
      {
        label: 'Sex and age',
        value:
          'The 709-adult study found no sex difference and no link between pelvic incidence and age; the 3D CT study found it larger in women',
        refs: ['eur-spine-2011-sacropelvic', 'chen-2019-pelvic-incidence'],
      },
      {
        label: 'Muscles attached',
        value:
          'Iliac crest: quadratus lumborum, iliocostalis and longissimus (lumbar parts), obliques, transversus abdominis, latissimus dorsi. Iliac fossa: iliacus. Outer ilium: gluteus maximus and medius. Ischial tuberosity: hamstrings, adductor magnus. Front of the ilium: rectus femoris',
        refs: ['bogduk-1980', 'educational-anatomy-pages'],
      },
    ],
  },
  {
    id: 'femur',
    name: 'Femur',
    summary:
      'The thigh bone. Its head forms the hip joint, and the hip-joint axis is the reference point for pelvic incidence and tilt. The big hip muscles that share the work of every hinge pull on it.',
    facts: [
      {
        label: 'Role in pelvic angles',
        value: 'The line through both femoral heads is the hip-joint axis used to measure pelvic incidence and tilt',
        refs: ['legaye-1998'],
      },
      {
        label: 'Muscles attached',
        value:
          'Lesser trochanter: psoas major and iliacus. Gluteal tuberosity: gluteus maximus. Greater trochanter: gluteus medius. Linea aspera: adductor magnus, biceps femoris short head, vasti',
        refs: ['bogduk-clinical-anatomy', 'educational-anatomy-pages'],
      },
    ],
  },
];
