import { create } from 'zustand';
import { probeWebGL, webglAtStart } from './webglProbe';

/** Display settings. Leva and the overlay both write here; nothing else holds these values. */
export const LAYERS = ['skin', 'muscles', 'bones', 'discs'] as const;
export type Layer = (typeof LAYERS)[number];

export const QUALITY_LEVELS = ['low', 'high'] as const;
export type Quality = (typeof QUALITY_LEVELS)[number];

interface ViewState {
  /** Opacity of each layer, 0 (hidden) to 1. */
  layerOpacity: Record<Layer, number>;
  /** Multiplies the highlight colour intensity of loaded muscles. */
  highlightScale: number;
  showLabels: boolean;
  /** Keep the selected structure alone and fade the rest. */
  isolate: boolean;
  quality: Quality;
  /** True when WebGL is drawn on the CPU. Found once at start; the low level then also draws fewer pixels. */
  softwareRenderer: boolean;
  setLayerOpacity: (layer: Layer, opacity: number) => void;
  setHighlightScale: (scale: number) => void;
  setShowLabels: (show: boolean) => void;
  setQuality: (quality: Quality) => void;
  setIsolate: (isolate: boolean) => void;
  /** Every layer back to its default and isolation off. */
  showAll: () => void;
}

export const DEFAULT_LAYER_OPACITY: Readonly<Record<Layer, number>> = { skin: 0.18, muscles: 1, bones: 1, discs: 1 };

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * The starting detail level: phones, small machines and software renderers get the lighter scene. People can
 * change it; a link or the display panel overrides it.
 */
export function detectQuality(software = probeWebGL().software): Quality {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'high';
  const small = window.matchMedia('(max-width: 640px)').matches;
  const fewCores = (navigator.hardwareConcurrency ?? 8) <= 2 && window.matchMedia('(pointer: coarse)').matches;
  return small || fewCores || software ? 'low' : 'high';
}

// Probed once, and only in a real browser window (test environments have no WebGL and no media queries).
const SOFTWARE_AT_START =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && webglAtStart().software;

export const useViewStore = create<ViewState>()((set, get) => ({
  layerOpacity: { ...DEFAULT_LAYER_OPACITY },
  highlightScale: 1,
  showLabels: false,
  isolate: false,
  quality: detectQuality(SOFTWARE_AT_START),
  softwareRenderer: SOFTWARE_AT_START,
  setLayerOpacity: (layer, opacity) => {
    const value = clamp01(opacity);
    if (get().layerOpacity[layer] === value) return;
    set({ layerOpacity: { ...get().layerOpacity, [layer]: value } });
  },
  setHighlightScale: (scale) => {
    const value = Math.min(2, Math.max(0, scale));
    if (get().highlightScale !== value) set({ highlightScale: value });
  },
  setShowLabels: (show) => {
    if (get().showLabels !== show) set({ showLabels: show });
  },
  setQuality: (quality) => {
    if (get().quality !== quality) set({ quality });
  },
  setIsolate: (isolate) => {
    if (get().isolate !== isolate) set({ isolate });
  },
  showAll: () => set({ layerOpacity: { ...DEFAULT_LAYER_OPACITY }, isolate: false }),
}));
