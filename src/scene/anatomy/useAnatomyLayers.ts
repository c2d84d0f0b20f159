import { useEffect } from 'react';
import { useViewStore } from '../../state/viewStore';
import { applyLayerOpacity } from './applyLayerOpacity';
import type { PreparedModel } from './prepareModel';

/** Keeps a model's layer opacities in step with the view store. */
export function useAnatomyLayers(model: PreparedModel) {
  useEffect(() => {
    applyLayerOpacity(model, useViewStore.getState().layerOpacity);
    return useViewStore.subscribe((s, prev) => {
      if (s.layerOpacity !== prev.layerOpacity) applyLayerOpacity(model, s.layerOpacity);
    });
  }, [model]);
}
