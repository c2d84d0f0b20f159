import { CAMERA_PRESET_LABELS, CAMERA_PRESETS, useCameraStore } from '../../state/cameraStore';

interface Props {
  /** Tighter buttons for the toolbar over the canvas. */
  compact?: boolean;
}

/** Buttons that fly the camera to a set view. */
export function CameraPresets({ compact = false }: Props) {
  const preset = useCameraStore((s) => s.preset);
  return (
    <div
      className={compact ? 'camera-presets camera-presets--compact' : 'camera-presets'}
      role="group"
      aria-label="Camera view"
    >
      {CAMERA_PRESETS.map((p) => (
        <button
          key={p}
          type="button"
          className={p === preset ? 'chip-button chip-button--current' : 'chip-button'}
          aria-label={`${CAMERA_PRESET_LABELS[p]} view`}
          aria-pressed={p === preset}
          onClick={() => useCameraStore.getState().request(p)}
        >
          {compact && p === 'lumbar' ? 'Lumbar' : CAMERA_PRESET_LABELS[p]}
        </button>
      ))}
    </div>
  );
}
