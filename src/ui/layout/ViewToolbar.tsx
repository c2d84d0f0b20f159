import { useShortcutsDialog } from '../../state/shortcutsDialogStore';
import { CameraPresets } from '../anatomy/CameraPresets';
import { ScreenshotButton } from '../anatomy/ScreenshotButton';
import { Icon } from '../common/Icon';
import { useIsPhone } from '../common/useMediaQuery';

/** Camera views, saving an image and the shortcuts help, over the top right of the 3D view. */
export function ViewToolbar() {
  const isPhone = useIsPhone();
  return (
    <div className="view-toolbar">
      {!isPhone && <CameraPresets compact />}
      <ScreenshotButton compact />
      <button
        type="button"
        className="icon-button"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        onClick={() => useShortcutsDialog.getState().setOpen(true)}
      >
        <Icon name="keyboard" />
      </button>
    </div>
  );
}
