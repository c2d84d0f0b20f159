import { useEffect } from 'react';
import { Leva, useControls } from 'leva';
import { LAYERS, QUALITY_LEVELS, useViewStore, type Layer, type Quality } from '../state/viewStore';

const layerLabel: Record<Layer, string> = { skin: 'Skin', muscles: 'Muscles', bones: 'Bones', discs: 'Discs' };

/**
 * Display settings in a collapsed leva panel. Leva is only a view: every change goes into the view store,
 * and store changes made elsewhere are pushed back into the panel.
 */
export function DisplayPanel() {
  const [, setControls] = useControls('Display', () => {
    const view = useViewStore.getState();
    const layerControls = Object.fromEntries(
      LAYERS.map((layer) => [
        `${layerLabel[layer]} opacity`,
        {
          value: view.layerOpacity[layer],
          min: 0,
          max: 1,
          step: 0.05,
          onChange: (v: number) => useViewStore.getState().setLayerOpacity(layer, v),
        },
      ]),
    );
    return {
      ...layerControls,
      'Highlight strength': {
        value: view.highlightScale,
        min: 0,
        max: 2,
        step: 0.1,
        onChange: (v: number) => useViewStore.getState().setHighlightScale(v),
      },
      Labels: { value: view.showLabels, onChange: (v: boolean) => useViewStore.getState().setShowLabels(v) },
      Quality: {
        value: view.quality,
        options: [...QUALITY_LEVELS],
        onChange: (v: Quality) => useViewStore.getState().setQuality(v),
      },
    };
  });

  useEffect(
    () =>
      useViewStore.subscribe((view) => {
        setControls({
          ...Object.fromEntries(LAYERS.map((layer) => [`${layerLabel[layer]} opacity`, view.layerOpacity[layer]])),
          'Highlight strength': view.highlightScale,
          Labels: view.showLabels,
          Quality: view.quality,
        });
      }),
    [setControls],
  );

  return <Leva collapsed titleBar={{ title: 'Display settings' }} />;
}
