/** The views of the reference sheet: each vertebra from above, the side and behind; the assembly in three views, upright and flexed. */
import { VERTEBRA_IDS } from '../../src/domain/anatomy/ids';
import { spineBind } from './rig';
import type { SpineLevel } from './rig';
import type { SheetSpec, SheetView } from './sheet/spec';

const URL = '/models/anatomy.glb';

/** Lumbar flexion of 40° spread over the joints with the Christophy 2012 shares (christophy-2012). */
export const FLEXION_SHARES = { L1: 0.255, L2: 0.231, L3: 0.204, L4: 0.185, L5: 0.125 } as const;

function pose(flexion: number, bend = 0): Record<string, [number, number]> {
  return Object.fromEntries(Object.entries(FLEXION_SHARES).map(([j, s]) => [j, [flexion * s, bend * s]]));
}

/** A direction given in a vertebra's own frame, turned into world axes. */
function local(level: SpineLevel, x: number, y: number, z: number): [number, number, number] {
  const t = spineBind().vertebrae[level].tilt;
  return [x, y * Math.cos(t) - z * Math.sin(t), y * Math.sin(t) + z * Math.cos(t)];
}

function vertebraViews(level: SpineLevel): SheetView[] {
  const nodes = [level];
  const tissues = ['bone'];
  return [
    { label: `${level} from above`, dir: local(level, 0, 1, 0), up: local(level, 0, 0, 1), nodes, tissues },
    { label: `${level} from the left side`, dir: local(level, 1, 0, 0), up: local(level, 0, 1, 0), nodes, tissues },
    { label: `${level} from behind`, dir: local(level, 0, 0, -1), up: local(level, 0, 1, 0), nodes, tissues },
    { label: `${level} posterolateral`, dir: local(level, 0.9, 0.6, -1), nodes, tissues },
  ];
}

const SKELETAL = ['bone', 'cartilage', 'nucleus'];

function assemblyViews(title: string, tissues?: string[]): SheetView[] {
  return [
    { label: `${title}: front`, dir: [0, 0, 1], nodes: [], tissues, zoom: 0.95 },
    { label: `${title}: back`, dir: [0, 0, -1], nodes: [], tissues, zoom: 0.95 },
    { label: `${title}: left side`, dir: [1, 0, 0], nodes: [], tissues, zoom: 0.95 },
  ];
}

const PELVIS = ['sacrum', 'coccyx', 'hip-bone_left', 'hip-bone_right', 'L5', 'L5-S1'];

/** Every sheet by file name. */
export function sheets(): Record<string, SheetSpec> {
  const out: Record<string, SheetSpec> = {};
  for (const level of [...VERTEBRA_IDS, 'T12'] as const) {
    out[`vertebra-${level}`] = { url: URL, cols: 4, cell: [420, 420], views: vertebraViews(level) };
  }
  out['levels-from-above'] = {
    url: URL,
    cols: 5,
    cell: [340, 340],
    views: VERTEBRA_IDS.map((l) => ({
      label: l,
      dir: local(l, 0, 1, 0),
      up: local(l, 0, 0, 1),
      nodes: [l],
      tissues: ['bone'],
      radius: 0.062,
    })),
  };
  out['levels-from-side'] = {
    url: URL,
    cols: 5,
    cell: [340, 340],
    views: VERTEBRA_IDS.map((l) => ({
      label: l,
      dir: local(l, 1, 0, 0),
      up: local(l, 0, 1, 0),
      nodes: [l],
      tissues: ['bone'],
      radius: 0.062,
    })),
  };
  out['assembly'] = { url: URL, cols: 3, cell: [520, 760], views: assemblyViews('Upright', SKELETAL) };
  out['assembly-flexed-40'] = {
    url: URL,
    cols: 3,
    cell: [520, 760],
    pose: pose(40),
    views: assemblyViews('40° lumbar flexion', SKELETAL),
  };
  out['assembly-with-muscles'] = { url: URL, cols: 3, cell: [520, 760], views: assemblyViews('With muscles') };
  out['pelvis'] = {
    url: URL,
    cols: 4,
    cell: [480, 420],
    views: [
      { label: 'Pelvis: front', dir: [0, 0.15, 1], nodes: PELVIS },
      { label: 'Pelvis: left side', dir: [1, 0.1, 0], nodes: PELVIS },
      { label: 'Pelvis: from above (inlet)', dir: [0, 1, 0.25], up: [0, 0, 1], nodes: PELVIS },
      { label: 'Pelvis: back', dir: [0, 0.2, -1], nodes: PELVIS },
    ],
  };
  return out;
}
