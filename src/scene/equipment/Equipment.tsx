import { Suspense } from 'react';
import { useViewStore } from '../../state/viewStore';
import { MODEL_FILES, modelUrl } from '../models/modelUrls';
import { ModelBoundary } from '../models/ModelBoundary';
import { Loaded, Loading } from '../models/LoadMarkers';
import { EquipmentModel } from './EquipmentModel';

/** The gym equipment, guarded like every model. */
export function Equipment() {
  const quality = useViewStore((s) => s.quality);
  const url = modelUrl('equipment', quality);
  return (
    <ModelBoundary key={url} label={MODEL_FILES.equipment.label} url={url}>
      <Suspense fallback={<Loading name="equipment" />}>
        <EquipmentModel url={url} />
        <Loaded name="equipment" />
      </Suspense>
    </ModelBoundary>
  );
}
