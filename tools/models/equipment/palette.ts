/**
 * Vertex colours of the equipment (linear RGB). The app's 'equipment' material multiplies them with its own base
 * colour, so these say what each part is made of rather than an exact paint.
 */
import type { Rgb } from './meshBuilder';

export const PALETTE = {
  steel: [1, 1, 1],
  frame: [0.78, 0.8, 0.84],
  rubber: [0.13, 0.13, 0.14],
  upholstery: [0.16, 0.15, 0.16],
  foam: [0.2, 0.2, 0.21],
  wood: [1, 0.74, 0.48],
  mat: [0.32, 0.5, 0.72],
  ballBand: [0.85, 0.3, 0.18],
  plasticHook: [0.55, 0.56, 0.6],
} as const satisfies Record<string, Rgb>;
