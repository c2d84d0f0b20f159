import { useLoader } from '@react-three/fiber';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/** Our GLBs are meshopt-compressed; the decoder is bundled, so nothing is fetched from elsewhere. */
const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

/** Loads a GLB (suspending until it is ready); cached per URL. */
export function useModel(url: string): GLTF {
  return useLoader(GLTFLoader, url, withMeshopt);
}

/** Starts loading a GLB before it is needed. */
export function preloadModel(url: string) {
  useLoader.preload(GLTFLoader, url, withMeshopt);
}

/** Forgets a cached GLB so the next use loads it again (after a failure). */
export function forgetModel(url: string) {
  useLoader.clear(GLTFLoader, url);
}
