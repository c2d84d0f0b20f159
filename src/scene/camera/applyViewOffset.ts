import type { PerspectiveCamera } from 'three';

/** The insets are capped so a tall panel never pushes the scene's centre off the canvas. */
const MAX_SHARE = 0.6;

/** How many pixels the overlay covers on the right and at the bottom, capped. */
export function coveredBy(width: number, height: number, rightInset: number, bottomInset: number) {
  return { right: Math.min(rightInset, width * MAX_SHARE), bottom: Math.min(bottomInset, height * MAX_SHARE) };
}

/**
 * Renders the part of a larger virtual image whose centre lies half an inset left of (and above) the canvas
 * centre, so the scene's centre lands in the middle of what people can see.
 */
export function applyViewOffset(
  camera: PerspectiveCamera,
  width: number,
  height: number,
  rightInset: number,
  bottomInset: number,
) {
  const covered = coveredBy(width, height, rightInset, bottomInset);
  const shiftX = covered.right / 2;
  const shiftY = covered.bottom / 2;
  const fullWidth = width + 2 * shiftX;
  const fullHeight = height + 2 * shiftY;
  // The field of view spans the whole virtual image; its aspect keeps pixels square.
  camera.aspect = fullWidth / fullHeight;
  if (shiftX < 1 && shiftY < 1) camera.clearViewOffset();
  else camera.setViewOffset(fullWidth, fullHeight, 2 * shiftX, 2 * shiftY, width, height);
  camera.updateProjectionMatrix();
}
