import { Suspense } from 'react';
import { useViewStore } from '../../state/viewStore';
import { MODEL_FILES, modelUrl } from '../models/modelUrls';
import { ModelBoundary } from '../models/ModelBoundary';
import { Loaded, Loading } from '../models/LoadMarkers';
import { BodyModel } from './BodyModel';

/** The body surface at the chosen quality, guarded like every model. */
export function Body() {
  const quality = useViewStore((s) => s.quality);
  const url = modelUrl('body', quality);
  return (
    <ModelBoundary key={url} label={MODEL_FILES.body.label} url={url}>
      <Suspense fallback={<Loading name="body" />}>
        <BodyModel url={url} />
        <Loaded name="body" />
      </Suspense>
    </ModelBoundary>
  );
}
