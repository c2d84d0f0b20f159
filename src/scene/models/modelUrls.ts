import type { Quality } from '../../state/viewStore';

/** Every model file the app loads, by quality level. Paths are relative to the app's base URL. */
export const MODEL_FILES = {
  anatomy: { high: 'models/anatomy.glb', low: 'models/anatomy-lite.glb', label: 'anatomy model' },
  body: { high: 'models/body.glb', low: 'models/body-lite.glb', label: 'body model' },
  // Equipment is light enough that phones get the same file.
  equipment: { high: 'models/equipment.glb', low: 'models/equipment.glb', label: 'equipment model' },
} as const;
export type ModelName = keyof typeof MODEL_FILES;

/** The URL of a model at a quality level. */
export function modelUrl(name: ModelName, quality: Quality): string {
  return `${import.meta.env.BASE_URL}${MODEL_FILES[name][quality]}`;
}
