import { Color, DoubleSide, FrontSide, MeshStandardMaterial } from 'three';
import type { Layer } from '../../state/viewStore';

/** The look of each tissue. Vertex colours carry baked occlusion and tendon ends from the generator. */
export const TISSUES = {
  bone: { color: '#e9dfc8', roughness: 0.62, layer: 'bones' },
  cartilage: { color: '#b9d3de', roughness: 0.35, layer: 'discs' },
  nucleus: { color: '#d9c2e4', roughness: 0.4, layer: 'discs' },
  // White: the generator bakes belly red and tendon ivory into the vertex colours, which this multiplies.
  muscle: { color: '#ffffff', roughness: 0.5, layer: 'muscles' },
  skin: { color: '#d7b59a', roughness: 0.7, layer: 'skin' },
  equipment: { color: '#8d949c', roughness: 0.35, layer: 'bones' },
} as const satisfies Record<string, { color: string; roughness: number; layer: Layer }>;
export type Tissue = keyof typeof TISSUES;

export function isTissue(name: string): name is Tissue {
  return Object.hasOwn(TISSUES, name);
}

/** A fresh material for a tissue. Muscles get one each so each can be highlighted on its own. */
export function tissueMaterial(tissue: Tissue): MeshStandardMaterial {
  const look = TISSUES[tissue];
  return new MeshStandardMaterial({
    name: tissue,
    color: new Color(look.color),
    roughness: look.roughness,
    metalness: 0,
    vertexColors: true,
    side: tissue === 'skin' ? DoubleSide : FrontSide,
  });
}
