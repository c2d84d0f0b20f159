import type { DiscId } from './ids';
import type { DiscInfo, Fact } from './types';

/** Mean and standard deviation, millimetres. */
export type Measure = readonly [mean: number, sd: number];

/** Disc heights and length on MRI of 14 adults aged 40–59 ('iran-disc-mri'; small sample). */
export interface DiscDimensions {
  anterior: Measure;
  middle: Measure;
  posterior: Measure;
  length: Measure;
}

/** Every lumbar disc's measured heights and length (read by the skeleton's bind pose too). */
export const DISC_DIMENSIONS: Readonly<Record<DiscId, DiscDimensions>> = {
  'L1-L2': { anterior: [10.82, 1.59], middle: [10.0, 1.89], posterior: [7.31, 1.71], length: [30.23, 2.71] },
  'L2-L3': { anterior: [13.09, 1.21], middle: [11.59, 1.51], posterior: [8.58, 1.66], length: [32.03, 2.43] },
  'L3-L4': { anterior: [15.21, 1.24], middle: [12.45, 1.79], posterior: [9.08, 1.22], length: [32.86, 2.44] },
  'L4-L5': { anterior: [18.14, 1.49], middle: [13.82, 1.96], posterior: [10.14, 1.01], length: [33.08, 2.37] },
  'L5-S1': { anterior: [18.71, 1.61], middle: [12.99, 2.53], posterior: [8.51, 1.08], length: [31.33, 2.55] },
};

/** "12.45 ± 1.79 mm", keeping the two decimals the source reports. */
function mm([mean, sd]: Measure): string {
  return `${mean.toFixed(2)} ± ${sd.toFixed(2)} mm`;
}

/** Height and length facts for one disc, plus the front-to-back height difference they imply. */
function dimensionFacts(id: DiscId): Fact[] {
  const d = DISC_DIMENSIONS[id];
  const refs: Fact['refs'] = ['iran-disc-mri'];
  return [
    { label: 'Front height (MRI, 14 adults)', value: mm(d.anterior), refs },
    { label: 'Middle height (MRI, 14 adults)', value: mm(d.middle), refs },
    { label: 'Back height (MRI, 14 adults)', value: mm(d.posterior), refs },
    { label: 'Length, front to back (MRI, 14 adults)', value: mm(d.length), refs },
    {
      label: 'Front minus back height',
      // Arithmetic on the two means above; this wedge is part of what builds the lordosis.
      value: `${(d.anterior[0] - d.posterior[0]).toFixed(2)} mm (difference of the mean heights)`,
      refs,
    },
  ];
}

// Wang 2012 measured 591 endplates over all lumbar levels; these hold for every disc.
const ENDPLATE_FACTS: Fact[] = [
  {
    label: 'Endplate hollow',
    value: 'About 1.5 mm deep in the endplate above the disc and 0.7 mm in the one below (means, all levels)',
    refs: ['wang-2012-endplates'],
  },
  {
    label: 'Central endplate',
    value: 'About 70% of the endplate diameter, inside a rim 3–7 mm wide',
    refs: ['wang-2012-endplates'],
  },
];

/** Where this disc sits in the height pattern. */
function patternFact(value: string): Fact {
  return { label: 'Height pattern', value, refs: ['iran-disc-mri', 'rofo-1997-disc-height'] };
}

/** The five lumbar discs, top to bottom. */
export const DISCS: readonly DiscInfo[] = [
  {
    id: 'L1-L2',
    name: 'L1–L2 intervertebral disc',
    summary:
      'The thinnest and shortest lumbar disc. Like every lumbar disc it is taller at the front than at the back, but only by a few millimetres here.',
    facts: [
      ...dimensionFacts('L1-L2'),
      patternFact('The lowest disc heights of the lumbar spine; height rises from here down to L4–L5'),
      {
        label: 'Endplate shape',
        value: 'The roundest lumbar endplates; they become more oval from L1/L2 down to L5/S1',
        refs: ['wang-2012-endplates'],
      },
      ...ENDPLATE_FACTS,
    ],
  },
  {
    id: 'L2-L3',
    name: 'L2–L3 intervertebral disc',
    summary:
      'A little taller than the disc above it at the front, middle and back, following the steady rise in height.',
    facts: [
      ...dimensionFacts('L2-L3'),
      patternFact('Taller than L1–L2 at every point; height keeps rising down to L4–L5'),
      ...ENDPLATE_FACTS,
    ],
  },
  {
    id: 'L3-L4',
    name: 'L3–L4 intervertebral disc',
    summary: 'The middle lumbar disc, with the front clearly taller than the back as the curve deepens.',
    facts: [
      ...dimensionFacts('L3-L4'),
      patternFact('Taller than L2–L3 at every point; height keeps rising down to L4–L5'),
      ...ENDPLATE_FACTS,
    ],
  },
  {
    id: 'L4-L5',
    name: 'L4–L5 intervertebral disc',
    summary:
      'The tallest lumbar disc in the middle and at the back, and the longest from front to back. Its nucleus is also the tallest of the lumbar discs.',
    facts: [
      ...dimensionFacts('L4-L5'),
      patternFact('The peak: the greatest middle and back heights and the greatest length of the five'),
      {
        label: 'Nucleus height (MRI, 41 young adults)',
        value: '8.6 ± 1.3 mm, the tallest lumbar nucleus',
        refs: ['medicine-2014-disc'],
      },
      { label: 'Nucleus share of disc length', value: '64.0%', refs: ['medicine-2014-disc'] },
      ...ENDPLATE_FACTS,
    ],
  },
  {
    id: 'L5-S1',
    name: 'L5–S1 intervertebral disc',
    summary:
      'The disc between the last lumbar vertebra and the sacrum. It has the tallest front of any lumbar disc but is lower in the middle and at the back than L4–L5, so it is the most wedge-shaped.',
    facts: [
      ...dimensionFacts('L5-S1'),
      patternFact(
        'Height holds steady or falls here: the front is the tallest of the five, the middle and back are lower than at L4–L5',
      ),
      {
        label: 'Nucleus length (MRI, 41 young adults)',
        value: '21.6 ± 3.1 mm',
        refs: ['medicine-2014-disc'],
      },
      { label: 'Nucleus share of disc length', value: '72.4%', refs: ['medicine-2014-disc'] },
      {
        label: 'Endplate shape',
        value: 'The most oval lumbar endplates',
        refs: ['wang-2012-endplates'],
      },
      ...ENDPLATE_FACTS,
    ],
  },
];
