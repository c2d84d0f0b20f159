import type { Fact, RangeFact, VertebraInfo } from './types';

// Per-level measurements from 'eur-spine-2010-morphometry' (240 adults, Table 1), given as men / women.
// Wedging: positive = ventral (front of the body shorter than the back), negative = dorsal (front taller).

/** Sagittal wedging of the vertebral body, men and women. */
function wedging(men: number, women: number): Fact {
  const kind = (deg: number) => (deg > 0 ? 'front shorter' : 'front taller');
  return {
    label: 'Body wedging, side view',
    value: `Men ${men}° (${kind(men)}), women ${women}° (${kind(women)}); positive = ventral wedging`,
    refs: ['eur-spine-2010-morphometry'],
  };
}

/** Spinous-process thickness divided by the sagittal height of the body. */
function spinousRatio(men: number, women: number): Fact {
  return {
    label: 'Spinous-process thickness ÷ body height',
    value: `Men ${men}, women ${women}`,
    refs: ['eur-spine-2010-morphometry'],
  };
}

/** Distance between the facet joints divided by the width of the body. */
function interfacetRatio(men: number, women: number): Fact {
  return {
    label: 'Width across the facet joints ÷ body width',
    value: `Men ${men}, women ${women}`,
    refs: ['eur-spine-2010-morphometry'],
  };
}

/** Transverse-process length, CT of 100 vertebrae (abstract only, approximate). */
function transverseProcess(value: string): Fact {
  return { label: 'Transverse-process length', value, refs: ['li-2003-transverse-process'] };
}

/** Standing lordosis of the segment below this vertebra (324 adults). */
function lordosisBelow(segment: string, value: string): Fact {
  return {
    label: `Standing lordosis of ${segment}`,
    value,
    refs: ['sci-rep-2022-segmental-lordosis'],
  };
}

// The facet-angle source is a secondary page with no named study, so both facts say so.
const UPPER_FACETS: Fact = {
  label: 'Facet-joint angle (uncertain)',
  value:
    'T12–L2 group: 25.89–33.87° to the midline plane, so the joint surfaces face more to the sides than lower down (secondary source)',
  refs: ['facet-orientation-qa'],
};
const LOWER_FACETS: Fact = {
  label: 'Facet-joint angle (uncertain)',
  value:
    'L3–L5 group: 40.40–56.30° to the midline plane, set closer to the frontal plane than the upper joints (secondary source)',
  refs: ['facet-orientation-qa'],
};

const FLEX_EXT_NOTE =
  'About 14° of combined flexion and extension at every lumbar level, a little more at the lower levels; more flexion than extension from upright.';

/** Segment range of motion below a vertebra (Pearcy 1984, 1985). */
function rom(lateralBend: number, flexNote: string, rotationNote?: string): VertebraInfo['rom'] {
  const axialRotation: RangeFact = { value: 2, refs: ['pearcy-1985'], note: rotationNote ?? 'About 2° at each joint.' };
  return {
    flexionExtension: { value: 14, refs: ['pearcy-1984', 'pearcy-1985'], note: flexNote },
    lateralBend: {
      value: lateralBend,
      refs: ['pearcy-1985'],
      note: 'About 10° at the upper three levels, 6° at L4/L5 and 3° at L5/S1; the abstract does not say whether to one side or both.',
    },
    axialRotation,
  };
}

/** The five lumbar vertebrae, top to bottom, with what tells each level apart. */
export const VERTEBRAE: readonly VertebraInfo[] = [
  {
    id: 'L1',
    name: 'L1 vertebra',
    summary:
      'The top lumbar vertebra, sitting just under T12 where the stiff rib cage hands over to the mobile lower back. It has the smallest body of the five and the shortest transverse processes.',
    features: [
      'Smallest body of the lumbar vertebrae; the bodies grow larger from L1 down to L5.',
      'Short transverse processes, the shortest of the five.',
      'Body slightly shorter at the front than the back, carrying on the shape of the thoracic spine.',
      'Facet joint surfaces face more to the sides than those of the lower levels.',
      'In most adults the spinal cord ends at about the L1–L2 level.',
    ],
    facts: [
      transverseProcess('≈10 mm, the shortest of the lumbar spine (approximate; abstract only)'),
      wedging(4.1, 2.6),
      spinousRatio(0.87, 0.79),
      interfacetRatio(0.67, 0.73),
      lordosisBelow('L1–L2', '1.2 ± 3.6°, 2.3% of the lumbar curve'),
      UPPER_FACETS,
    ],
    rom: rom(10, FLEX_EXT_NOTE),
  },
  {
    id: 'L2',
    name: 'L2 vertebra',
    summary:
      'The second lumbar vertebra, still part of the flatter upper lumbar spine. Its spinous process is the thickest for its body size of the five.',
    features: [
      'Body a little larger than L1 and still slightly shorter at the front.',
      'Transverse processes of medium length, longer than L1 and shorter than L3.',
      'Spinous process thick relative to body height, the highest ratio of the five in both sexes.',
      'Facet joint surfaces face more to the sides, like those of L1.',
    ],
    facts: [
      transverseProcess('≈15 mm (approximate; abstract only)'),
      wedging(2.6, 0.7),
      spinousRatio(0.92, 0.82),
      interfacetRatio(0.63, 0.7),
      lordosisBelow('L2–L3', '5.9 ± 4.1°, 11.7% of the lumbar curve'),
      UPPER_FACETS,
    ],
    rom: rom(10, FLEX_EXT_NOTE),
  },
  {
    id: 'L3',
    name: 'L3 vertebra',
    summary:
      'The middle vertebra of the lumbar curve. It has the longest transverse processes, which give a wide lever to the muscles that attach there.',
    features: [
      'Longest transverse processes of the lumbar spine, easy to spot from the front or back.',
      'Sits in the middle of the lordosis, where the body shape turns from slightly front-short to front-tall.',
      'Facet joints set closer to the frontal plane than at L1–L2 (the source for facet angles is uncertain).',
    ],
    facts: [
      transverseProcess('≈19 mm, the longest of the lumbar spine (approximate; abstract only)'),
      wedging(1.3, -1.1),
      spinousRatio(0.91, 0.79),
      interfacetRatio(0.65, 0.7),
      lordosisBelow('L3–L4', '9.1 ± 4.2°, 18.1% of the lumbar curve'),
      LOWER_FACETS,
    ],
    rom: rom(10, FLEX_EXT_NOTE, 'About 2°, slightly more than at the upper joints (no number given).'),
  },
  {
    id: 'L4',
    name: 'L4 vertebra',
    summary:
      'The second-lowest lumbar vertebra, with a body that is taller at the front than the back. The segment below it, L4–L5, bends forward and back slightly more than the others.',
    features: [
      'Body taller at the front than the back, helping build the lower part of the curve.',
      'Spinous process noticeably slimmer relative to its body than at L1–L3.',
      'A line joining the tops of the iliac crests usually crosses near the L4 spinous process or the L4–L5 gap, a common landmark when you palpate.',
      'Side bending at the segment below drops to about 6°, well under the upper levels.',
    ],
    facts: [
      transverseProcess('≈15 mm (approximate; abstract only)'),
      wedging(-0.7, -3.1),
      spinousRatio(0.8, 0.67),
      interfacetRatio(0.66, 0.73),
      lordosisBelow('L4–L5', '12.7 ± 5.1°, 25.2% of the lumbar curve'),
      LOWER_FACETS,
    ],
    rom: rom(
      6,
      `${FLEX_EXT_NOTE} Pearcy 1985 found L4/L5 slightly more mobile than the other levels.`,
      'About 2°, slightly more than at the upper joints (no number given).',
    ),
  },
  {
    id: 'L5',
    name: 'L5 vertebra',
    summary:
      'The largest and lowest lumbar vertebra, resting on the sacrum. Its body is clearly taller at the front, its transverse processes are short and stout, and its spinous process is the smallest of the five.',
    features: [
      'Largest body of the lumbar spine, wedge-shaped: taller at the front than the back.',
      'Thick, stout transverse processes, about twice as thick as those of L4 and the widest of the five.',
      'Smallest spinous process of the lumbar spine.',
      'Widest pedicles and widest vertebral canal of the lumbar spine.',
      'The segment below it, L5–S1, holds the largest share of the standing lordosis.',
    ],
    facts: [
      transverseProcess('≈15 mm long, about twice as thick as L4’s and the widest (approximate; abstract only)'),
      wedging(-4.6, -7.8),
      spinousRatio(0.67, 0.57),
      interfacetRatio(0.74, 0.77),
      {
        label: 'Spinous-process size',
        value:
          'The smallest of the lumbar spine (across the lumbar levels, men’s are on average 2–3 mm taller and 1 mm wider)',
        refs: ['bjj-spinous-process-ct'],
      },
      {
        label: 'Front height of the body',
        value: '30.3 ± 1.9 mm (women 29.6 ± 1.8, men 30.7 ± 1.9)',
        refs: ['cook-baker-2021'],
      },
      { label: 'Back height of the body', value: '26.3 ± 1.9 mm (women 25.5, men 26.8)', refs: ['cook-baker-2021'] },
      {
        label: 'Depth of the upper endplate, front to back',
        value: '35.7 ± 3.5 mm (women 33.3, men 37.1)',
        refs: ['cook-baker-2021'],
      },
      { label: 'Depth of the lower endplate, front to back', value: '35.3 ± 3.6 mm', refs: ['cook-baker-2021'] },
      { label: 'Body plus pedicle and lamina, front to back', value: '33.5 ± 3.1 mm', refs: ['cook-baker-2021'] },
      {
        label: 'Pedicle height',
        value: '12.9 ± 1.9 mm (pedicle height falls from L1 to L5)',
        refs: ['cook-baker-2021'],
      },
      { label: 'Pedicle width', value: '16.1 ± 2.3 mm, the widest lumbar pedicle', refs: ['cook-baker-2021'] },
      { label: 'Canal width', value: '28.2 ± 3.1 mm, the widest lumbar canal', refs: ['cook-baker-2021'] },
      {
        label: 'Canal depth, front to back',
        value: '15.6 ± 2.1 mm (about the same at every lumbar level)',
        refs: ['cook-baker-2021'],
      },
      { label: 'Canal-to-body ratio', value: '0.48 ± 0.08', refs: ['cook-baker-2021'] },
      { label: 'Segmental angle', value: '3.6 ± 3.6°', refs: ['cook-baker-2021'] },
      lordosisBelow('L5–S1', '21.6 ± 7.7°, 42.7% of the lumbar curve'),
      LOWER_FACETS,
    ],
    rom: rom(
      3,
      'About 14° of combined flexion and extension; unlike the levels above, L5/S1 shows no consistent lean towards more flexion or more extension.',
    ),
  },
];
