/** Every equipment item as a node tree, in EQUIPMENT_IDS order. */
import { EQUIPMENT_IDS } from '../../../src/domain/content/types';
import type { EquipmentId } from '../../../src/domain/content/types';
import { CABLE_STATION, EQUIPMENT_NODE_NAMES } from '../../../src/domain/equipment/dimensions';
import { buildBarbell, buildWeightPlate } from './barbell';
import { buildCable, buildCableColumn, buildCableHandle } from './cableStation';
import type { EquipmentNode } from './equipmentGlb';
import { buildBench, buildMat, buildPlyoBox, buildSquatRack } from './floorApparatus';
import { buildDumbbell, buildKettlebell, buildMedicineBall } from './handWeights';
import type { MeshBuilder } from './meshBuilder';
import { buildBackExtensionStation, buildGluteHamDeveloper } from './stations';

const BUILDERS: Record<EquipmentId, () => MeshBuilder> = {
  barbell: buildBarbell,
  'squat-rack': buildSquatRack,
  'weight-plate': buildWeightPlate,
  dumbbell: buildDumbbell,
  kettlebell: buildKettlebell,
  'medicine-ball': buildMedicineBall,
  'back-extension-station': buildBackExtensionStation,
  'glute-ham-developer': buildGluteHamDeveloper,
  'plyo-box': buildPlyoBox,
  'cable-station': buildCableColumn,
  bench: buildBench,
  mat: buildMat,
};

/** The cable hangs from the pulley with the handle clipped to its end. */
function cableParts(): EquipmentNode[] {
  const c = CABLE_STATION;
  const exit = c.cableExit;
  const L = c.restCableLength;
  return [
    { name: c.cableNode, mesh: buildCable(), translation: exit, scale: [1, L, 1] },
    {
      name: c.handleNode,
      mesh: buildCableHandle(),
      translation: [exit[0] - c.handleClip[0], exit[1] - L - c.handleClip[1], exit[2] - c.handleClip[2]],
    },
  ];
}

/** Builds every item. */
export function buildEquipmentNodes(): EquipmentNode[] {
  return EQUIPMENT_IDS.map((id) => ({
    name: EQUIPMENT_NODE_NAMES[id],
    mesh: BUILDERS[id](),
    children: id === 'cable-station' ? cableParts() : undefined,
  }));
}
