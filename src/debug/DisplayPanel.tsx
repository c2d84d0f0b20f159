import { useEffect, useSyncExternalStore } from 'react';
import { Leva, useControls } from 'leva';
import { LAYERS, QUALITY_LEVELS, useViewStore, type Layer, type Quality } from '../state/viewStore';
import { usePlaybackStore } from '../state/playbackStore';
import { LEVA_THEME } from './levaTheme';

const layerLabel: Record<Layer, string> = { skin: 'Skin', muscles: 'Muscles', bones: 'Bones', discs: 'Discs' };
const NARROW = '(max-width: 640px)';

function subscribeNarrow(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const isNarrow = () => window.matchMedia(NARROW).matches;

/**
 * Leva calls onChange once on mount with the value it was built with. By then a link may already have set the
 * store, so that first call is ignored: the store stays the source of truth.
 */
function toStore<T>(write: (value: T) => void) {
  return (value: T, _path: string, context: { initial: boolean }) => {
    if (!context.initial) write(value);
  };
}

/**
 * Display settings in a collapsed leva panel. Leva is only a view: every change goes into a store, and store
 * changes made elsewhere are pushed back into the panel. Phones get the same settings in the overlay instead,
 * where they don't cover the small canvas.
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
          // Fine enough to hold the default skin opacity (0.18) without rounding it.
          step: 0.01,
          onChange: toStore((v: number) => useViewStore.getState().setLayerOpacity(layer, v)),
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
        onChange: toStore((v: number) => useViewStore.getState().setHighlightScale(v)),
      },
      Labels: { value: view.showLabels, onChange: toStore((v: boolean) => useViewStore.getState().setShowLabels(v)) },
      Speed: {
        value: usePlaybackStore.getState().speed,
        min: 0.25,
        max: 2,
        step: 0.25,
        onChange: toStore((v: number) => usePlaybackStore.getState().setSpeed(v)),
      },
      Quality: {
        value: view.quality,
        options: [...QUALITY_LEVELS],
        onChange: toStore((v: Quality) => useViewStore.getState().setQuality(v)),
      },
    };
  });

  useEffect(() => {
    const stopView = useViewStore.subscribe((view) => {
      setControls({
        ...Object.fromEntries(LAYERS.map((layer) => [`${layerLabel[layer]} opacity`, view.layerOpacity[layer]])),
        'Highlight strength': view.highlightScale,
        Labels: view.showLabels,
        Quality: view.quality,
      });
    });
    const stopSpeed = usePlaybackStore.subscribe((s, prev) => {
      if (s.speed !== prev.speed) setControls({ Speed: s.speed });
    });
    return () => {
      stopView();
      stopSpeed();
    };
  }, [setControls]);

  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
  return <Leva collapsed hidden={narrow} theme={LEVA_THEME} titleBar={{ title: 'Display settings', filter: false }} />;
}
