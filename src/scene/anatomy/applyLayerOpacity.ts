import type { Material } from 'three';
import type { Layer } from '../../state/viewStore';
import { TISSUES } from './tissueMaterials';
import type { PreparedModel } from './prepareModel';

/** Sets each mesh's opacity from its tissue's layer; a layer at zero is hidden outright. */
export function applyLayerOpacity(model: PreparedModel, layerOpacity: Readonly<Record<Layer, number>>) {
  for (const [mesh, tissue] of model.tissueOf) {
    const opacity = layerOpacity[TISSUES[tissue].layer];
    const material = mesh.material as Material;
    mesh.visible = opacity > 0.01;
    material.opacity = opacity;
    material.transparent = opacity < 0.99;
    // Faded layers must not hide what lies behind them.
    material.depthWrite = opacity >= 0.99;
  }
}
