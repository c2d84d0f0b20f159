/** One labelled view of a reference sheet. */
export interface SheetView {
  label: string;
  /** Direction from the target to the camera, world axes. */
  dir: [number, number, number];
  up?: [number, number, number];
  /** Node names to show (a mesh or its parent joint); empty shows everything. */
  nodes: string[];
  fov?: number;
  zoom?: number;
  /** Only meshes of these tissues (material names); default all. */
  tissues?: string[];
  /** Fixed framing radius (m) so several views share one scale; default fits the visible meshes. */
  radius?: number;
}

/** A sheet: a grid of views of one model in one pose. */
export interface SheetSpec {
  url: string;
  cols: number;
  /** Size of one view, px. */
  cell: [number, number];
  /** Joint rotations in degrees: [flexion about x, side bend about z]. */
  pose?: Record<string, [number, number]>;
  views: SheetView[];
}
