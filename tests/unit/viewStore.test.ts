import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LAYER_OPACITY, useViewStore } from '../../src/state/viewStore';

describe('view store', () => {
  beforeEach(() => {
    useViewStore.setState({ layerOpacity: { ...DEFAULT_LAYER_OPACITY }, highlightScale: 1, showLabels: false });
  });

  it('clamps layer opacity to 0–1', () => {
    useViewStore.getState().setLayerOpacity('bones', 1.7);
    expect(useViewStore.getState().layerOpacity.bones).toBe(1);
    useViewStore.getState().setLayerOpacity('skin', -0.2);
    expect(useViewStore.getState().layerOpacity.skin).toBe(0);
  });

  it('does not notify subscribers when a value is unchanged', () => {
    let calls = 0;
    const stop = useViewStore.subscribe(() => calls++);
    useViewStore.getState().setShowLabels(false);
    useViewStore.getState().setLayerOpacity('muscles', DEFAULT_LAYER_OPACITY.muscles);
    expect(calls).toBe(0);
    useViewStore.getState().setShowLabels(true);
    expect(calls).toBe(1);
    stop();
  });

  it('keeps the other layers when one changes', () => {
    useViewStore.getState().setLayerOpacity('discs', 0.5);
    expect(useViewStore.getState().layerOpacity).toEqual({ ...DEFAULT_LAYER_OPACITY, discs: 0.5 });
  });
});
