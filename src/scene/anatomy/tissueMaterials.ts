import { Color, DoubleSide, FrontSide, MeshLambertMaterial, MeshStandardMaterial } from 'three';
import type { Layer, Quality } from '../../state/viewStore';
import { withLeanShading } from './leanShading';

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

/**
 * The material of a tissue. Both kinds carry what the appearance code sets: colour, emissive glow, opacity and
 * depth writing.
 */
export type TissueMaterial = MeshStandardMaterial | MeshLambertMaterial;

/**
 * A fresh material for a tissue. Muscles get one each so each can be highlighted on its own. At low quality the
 * shading is Lambert worked out per vertex (see leanShading.ts) rather than physically based per pixel, and the
 * see-through skin shows its outer face only instead of a back-face pass and a front-face pass: the cheaper look
 * a weak or software renderer can keep up with.
 */
export function tissueMaterial(tissue: Tissue, quality: Quality = 'high'): TissueMaterial {
  const look = TISSUES[tissue];
  if (quality === 'low') {
    return withLeanShading(
      new MeshLambertMaterial({ name: tissue, color: new Color(look.color), vertexColors: true, side: FrontSide }),
    );
  }
  const side = tissue === 'skin' ? DoubleSide : FrontSide;
  return new MeshStandardMaterial({
    name: tissue,
    color: new Color(look.color),
    roughness: look.roughness,
    metalness: 0,
    vertexColors: true,
    side,
  });
}
