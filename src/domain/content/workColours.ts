import type { Contraction } from './types';

/**
 * Hues for the three kinds of muscle work, shared by the 3D highlight and the overlay's legend.
 * Warm for shortening, cool for lengthening, violet for holding, so the three read apart even when faint.
 */
export const WORK_COLOURS: Record<Contraction, string> = {
  concentric: '#ff7a3d',
  eccentric: '#3da5ff',
  isometric: '#c58cff',
};

export const WORK_LABELS: Record<Contraction, string> = {
  concentric: 'Shortening (concentric)',
  eccentric: 'Lengthening (eccentric)',
  isometric: 'Holding (isometric)',
};
