import { useToastStore } from '../../state/toastStore';
import { Icon } from '../common/Icon';
import { saveScreenshot } from './saveScreenshot';

interface Props {
  /** Icon only, for the toolbar over the canvas. */
  compact?: boolean;
}

/** Saves the current 3D view as a PNG file. */
export function ScreenshotButton({ compact = false }: Props) {
  const save = () => {
    if (!saveScreenshot()) useToastStore.getState().show('There’s no 3D view to save right now.');
  };
  return (
    <button
      type="button"
      className={compact ? 'icon-button' : 'button button--quiet'}
      onClick={save}
      aria-label={compact ? 'Save image' : undefined}
      title="Save the 3D view as an image"
    >
      <Icon name="camera" />
      {!compact && ' Save image'}
    </button>
  );
}
