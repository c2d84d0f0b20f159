import { useEffect } from 'react';
import { useViewStore } from '../../state/viewStore';
import { TISSUES } from './tissueMaterials';
import type { PreparedModel } from './prepareModel';

/** Applies the layer opacities from the view store to a model's materials, now and whenever they change. */
export function useAnatomyLayers(model: PreparedModel) {
  useEffect(() => {
    const apply = () => {
      const { layerOpacity } = useViewStore.getState();
      for (const [mesh, tissue] of model.tissueOf) {
        const opacity = layerOpacity[TISSUES[tissue].layer];
        const material = mesh.material as { opacity: number; transparent: boolean; depthWrite: boolean };
        mesh.visible = opacity > 0.01;
        material.opacity = opacity;
        material.transparent = opacity < 0.99;
        // Faded layers must not hide what lies behind them.
        material.depthWrite = opacity >= 0.99;
      }
    };
    apply();
    return useViewStore.subscribe((s, prev) => {
      if (s.layerOpacity !== prev.layerOpacity) apply();
    });
  }, [model]);
}
