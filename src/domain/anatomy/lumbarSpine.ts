import type { Fact } from './types';

/** The lumbar spine seen as a whole: what the overview card shows before any single structure is picked. */
export interface LumbarSpineOverview {
  name: string;
  summary: string;
  facts: Fact[];
}

/** The lumbar spine as a whole, with its standing curve and the motion it allows. */
export const LUMBAR_SPINE: LumbarSpineOverview = {
  name: 'Lumbar spine',
  summary:
    'Your lower back is built on five vertebrae, L1 to L5. They have the biggest bodies of any vertebrae because they carry the weight of everything above them. Together they curve gently forward (a lordosis), and they let you bend forward, arch back and lean to the side, while twisting is kept small.',
  facts: [
    { label: 'Vertebrae', value: 'Five, named L1 to L5 from the top down', refs: ['waxenbaum-lumbar-vertebrae'] },
    {
      label: 'Body size',
      value: 'The largest vertebral bodies of the spine, sized for carrying the upper body',
      refs: ['waxenbaum-lumbar-vertebrae'],
    },
    { label: 'Shape', value: 'A lordotic curve: hollow at the back', refs: ['waxenbaum-lumbar-vertebrae'] },
    {
      label: 'Motion',
      value: 'Flexion, extension and side bending; rotation is small (about 2° per segment)',
      refs: ['waxenbaum-lumbar-vertebrae', 'pearcy-1985'],
    },
    {
      label: 'Standing lordosis, T12 to S1',
      value: '49.8 ± 11.2° (627 healthy adults)',
      refs: ['lordosis-cohort-627'],
    },
    {
      label: 'Lying-down lordosis, T12 to S1',
      value: '36.8 ± 13.2°: the curve flattens when you lie down',
      refs: ['lordosis-cohort-627'],
    },
    {
      label: 'Lower share of the curve',
      value: 'L4 to S1 holds 34.2 ± 8.3° standing, 70.8% of the whole curve',
      refs: ['lordosis-cohort-627'],
    },
    {
      label: 'Forward bend from standing',
      value: 'Upper lumbar 30.8 ± 9.9°, lower lumbar 35.0 ± 10.0°',
      refs: ['bmc-msd-2008-regional'],
    },
    {
      label: 'Backward bend from standing',
      value: 'Upper lumbar 8.9 ± 11.1°, lower lumbar 20.6 ± 13.3°',
      refs: ['bmc-msd-2008-regional'],
    },
  ],
};
