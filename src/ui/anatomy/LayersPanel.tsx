import { LAYERS, useViewStore, type Layer } from '../../state/viewStore';
import { useSelectionStore } from '../../state/selectionStore';

const LAYER_LABELS: Record<Layer, string> = { skin: 'Skin', muscles: 'Muscles', bones: 'Bones', discs: 'Discs' };

const LEVELS = [
  { id: 'show', label: 'Show', opacity: 1 },
  { id: 'fade', label: 'Fade', opacity: 0.25 },
  { id: 'hide', label: 'Hide', opacity: 0 },
] as const;

/** Which of show / fade / hide an opacity is closest to. */
function levelOf(opacity: number): (typeof LEVELS)[number]['id'] {
  if (opacity <= 0.01) return 'hide';
  if (opacity >= 0.99) return 'show';
  return 'fade';
}

function LayerRow({ layer }: { layer: Layer }) {
  const opacity = useViewStore((s) => s.layerOpacity[layer]);
  const current = levelOf(opacity);
  return (
    <fieldset className="segmented">
      <legend>{LAYER_LABELS[layer]}</legend>
      <div className="segmented__options">
        {LEVELS.map((level) => (
          <label key={level.id} className="segmented__option">
            <input
              type="radio"
              name={`layer-${layer}`}
              value={level.id}
              checked={current === level.id}
              onChange={() => useViewStore.getState().setLayerOpacity(layer, level.opacity)}
            />
            <span>{level.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Show, fade or hide each tissue; isolate the selection; labels on the model. */
export function LayersPanel() {
  const isolate = useViewStore((s) => s.isolate);
  const showLabels = useViewStore((s) => s.showLabels);
  const hasSelection = useSelectionStore((s) => s.selected !== null);
  return (
    <section className="layers" aria-labelledby="layers-heading">
      <h2 id="layers-heading" className="subhead">
        Layers
      </h2>
      {LAYERS.map((layer) => (
        <LayerRow key={layer} layer={layer} />
      ))}
      <div className="switch-row">
        <input
          type="checkbox"
          role="switch"
          className="switch"
          id="isolate-switch"
          checked={isolate}
          disabled={!hasSelection && !isolate}
          aria-describedby="isolate-hint"
          onChange={(e) => useViewStore.getState().setIsolate(e.target.checked)}
        />
        <label htmlFor="isolate-switch">Isolate selection</label>
      </div>
      <p className="caption" id="isolate-hint">
        {hasSelection ? 'Fades everything except the part you picked.' : 'Pick a part first, then isolate it.'}
      </p>
      <div className="switch-row">
        <input
          type="checkbox"
          role="switch"
          className="switch"
          id="labels-switch"
          checked={showLabels}
          onChange={(e) => useViewStore.getState().setShowLabels(e.target.checked)}
        />
        <label htmlFor="labels-switch">Labels on the model</label>
      </div>
      <button type="button" className="button button--quiet" onClick={() => useViewStore.getState().showAll()}>
        Show all
      </button>
    </section>
  );
}
