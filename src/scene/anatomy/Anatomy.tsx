import { Suspense } from 'react';
import { useViewStore } from '../../state/viewStore';
import { MODEL_FILES, modelUrl } from '../models/modelUrls';
import { ModelBoundary } from '../models/ModelBoundary';
import { Loaded, Loading } from '../models/LoadMarkers';
import { AnatomyModel } from './AnatomyModel';

/** The anatomy model at the chosen quality, guarded so a failed load leaves the rest of the app working. */
export function Anatomy() {
  const quality = useViewStore((s) => s.quality);
  const url = modelUrl('anatomy', quality);
  return (
    <ModelBoundary key={url} label={MODEL_FILES.anatomy.label} url={url}>
      <Suspense fallback={<Loading name="anatomy" />}>
        <AnatomyModel url={url} />
        <Loaded name="anatomy" />
      </Suspense>
    </ModelBoundary>
  );
}
