/** What the camera must show and how much of the canvas people can actually see. */
export interface FitInput {
  /** Size of the subject across the view and up it, metres. */
  across: number;
  up: number;
  /** Depth of the subject along the view, metres; the near face sits this much closer than the centre. */
  depth: number;
  /** Vertical field of view of the camera, degrees. */
  fovDeg: number;
  /**
   * Height in pixels that the field of view spans. With a view offset this is the virtual image's height, which is
   * larger than the canvas.
   */
  imageHeight: number;
  /** Width and height of the canvas left uncovered by the overlay, in pixels. */
  visibleWidth: number;
  visibleHeight: number;
  /** Share of the visible area kept free around the subject, 0–1. */
  margin: number;
}

/** The closest camera distance, metres, at which the subject fits the visible part of the canvas. */
export function fitDistance(input: FitInput): number {
  const tanHalf = Math.tan((input.fovDeg * Math.PI) / 360);
  // Pixels per unit of tan at the image plane: the image height spans 2·tanHalf.
  const perTan = input.imageHeight / (2 * tanHalf);
  const usable = 1 - input.margin;
  const tanAcross = (input.visibleWidth * usable) / perTan / 2;
  const tanUp = (input.visibleHeight * usable) / perTan / 2;
  const distance = Math.max(input.across / 2 / Math.max(tanAcross, 1e-3), input.up / 2 / Math.max(tanUp, 1e-3));
  return distance + input.depth / 2;
}
