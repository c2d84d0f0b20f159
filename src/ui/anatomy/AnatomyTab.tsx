import { useSelectionStore } from '../../state/selectionStore';
import { useIsPhone } from '../common/useMediaQuery';
import { CameraPresets } from './CameraPresets';
import { InfoCard } from './InfoCard';
import { LayersPanel } from './LayersPanel';
import { ScreenshotButton } from './ScreenshotButton';
import { SpineOverview } from './SpineOverview';
import { StructureBrowser } from './StructureBrowser';

/**
 * Exploring the anatomy: an overview (or, on a phone, the picked part's card), a list of every part, and the
 * view controls. On larger screens the picked part's card floats beside the 3D view instead.
 */
export function AnatomyTab() {
  const selected = useSelectionStore((s) => s.selected);
  const isPhone = useIsPhone();
  return (
    <div className="anatomy-tab">
      {isPhone && selected ? <InfoCard selectionKey={selected} /> : !selected && <SpineOverview />}
      <StructureBrowser />
      <LayersPanel />
      <section aria-labelledby="camera-heading">
        <h2 id="camera-heading" className="subhead">
          Camera
        </h2>
        <CameraPresets />
      </section>
      <ScreenshotButton />
    </div>
  );
}
