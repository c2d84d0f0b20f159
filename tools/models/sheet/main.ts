/**
 * Reference-sheet page: loads the anatomy GLB the way the app does (GLTFLoader + MeshoptDecoder, tissue
 * materials by name) and draws several labelled views into one canvas for a screenshot.
 */
import type { MeshStandardMaterial, Mesh, Object3D, SkinnedMesh } from 'three';
import {
  ACESFilmicToneMapping,
  Box3,
  Color,
  DirectionalLight,
  HemisphereLight,
  PerspectiveCamera,
  Quaternion,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { isTissue, tissueMaterial } from '../../../src/scene/anatomy/tissueMaterials';
import type { SheetSpec } from './spec';

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const cache = new Map<string, Promise<Object3D>>();

function load(url: string): Promise<Object3D> {
  let p = cache.get(url);
  if (!p) {
    p = loader.loadAsync(url).then((gltf) => {
      gltf.scene.traverse((o) => {
        const mesh = o as Mesh;
        if (!mesh.isMesh) return;
        const name = (Array.isArray(mesh.material) ? mesh.material[0] : mesh.material).name;
        mesh.material = tissueMaterial(isTissue(name) ? name : 'bone');
        mesh.frustumCulled = false;
      });
      return gltf.scene;
    });
    cache.set(url, p);
  }
  return p;
}

const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.toneMapping = ACESFilmicToneMapping;
renderer.setPixelRatio(1);
document.getElementById('sheet')!.appendChild(renderer.domElement);

async function renderSheet(spec: SheetSpec): Promise<void> {
  const root = await load(spec.url);
  const { cols, cell } = spec;
  const rows = Math.ceil(spec.views.length / cols);
  renderer.setSize(cols * cell[0], rows * cell[1]);
  renderer.setScissorTest(true);
  const sheet = document.getElementById('sheet')!;
  sheet.querySelectorAll('.label').forEach((l) => l.remove());
  const scene = new Scene();
  scene.background = new Color('#1f232b');
  scene.add(new HemisphereLight('#f4f1ea', '#3a3f4a', 1.4));
  const key = new DirectionalLight('#ffffff', 2.2);
  const fill = new DirectionalLight('#c9d6ff', 0.7);
  scene.add(key, fill, root);
  // Pose: joint rotations about x (flexion +), z (side bend) in degrees.
  root.traverse((o) => o.quaternion.identity());
  for (const [joint, [fx, fz]] of Object.entries(spec.pose ?? {})) {
    const node = root.getObjectByName(joint);
    if (node)
      node.quaternion
        .setFromAxisAngle(new Vector3(1, 0, 0), (fx * Math.PI) / 180)
        .multiply(new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), (fz * Math.PI) / 180));
  }
  root.updateMatrixWorld(true);
  spec.views.forEach((view, i) => {
    const show = new Set(view.nodes);
    root.traverse((o) => {
      if (!(o as Mesh).isMesh) return;
      const tissue = ((o as Mesh).material as MeshStandardMaterial).name;
      const { id, side } = o.userData as { id?: string; side?: string };
      const named = show.size === 0 || show.has(side ? `${id}_${side}` : `${id}`);
      o.visible = named && (!view.tissues || view.tissues.includes(tissue));
    });
    const box = new Box3();
    root.traverse((o) => {
      if (!(o as Mesh).isMesh || !o.visible) return;
      const mesh = o as Mesh;
      if ((mesh as SkinnedMesh).isSkinnedMesh) {
        (mesh as SkinnedMesh).skeleton.update();
        (mesh as SkinnedMesh).computeBoundingBox();
        box.union((mesh as SkinnedMesh).boundingBox!.clone().applyMatrix4(mesh.matrixWorld));
      } else box.expandByObject(mesh);
    });
    const centre = box.getCenter(new Vector3());
    const radius = view.radius ?? box.getSize(new Vector3()).length() / 2;
    const dir = new Vector3(...view.dir).normalize();
    const camera = new PerspectiveCamera(view.fov ?? 22, cell[0] / cell[1], radius / 20, radius * 20);
    // Fit the bounding sphere inside the narrower of the two fields of view.
    const vfov = ((view.fov ?? 22) * Math.PI) / 180;
    const hfov = 2 * Math.atan(Math.tan(vfov / 2) * (cell[0] / cell[1]));
    const dist = (radius / Math.sin(Math.min(vfov, hfov) / 2)) * (view.zoom ?? 0.8);
    camera.position.copy(centre).addScaledVector(dir, dist);
    camera.up.set(...(view.up ?? [0, 1, 0]));
    camera.lookAt(centre);
    key.position.copy(camera.position).add(new Vector3(0.4, 0.6, 0.2).multiplyScalar(dist));
    fill.position
      .copy(centre)
      .addScaledVector(dir, -dist)
      .add(new Vector3(0, dist, 0));
    const x = (i % cols) * cell[0];
    const y = (rows - 1 - Math.floor(i / cols)) * cell[1];
    renderer.setViewport(x, y, cell[0], cell[1]);
    renderer.setScissor(x, y, cell[0], cell[1]);
    renderer.render(scene, camera);
    const label = document.createElement('div');
    label.className = 'label';
    label.textContent = view.label;
    label.style.left = `${(i % cols) * cell[0]}px`;
    label.style.top = `${Math.floor(i / cols) * cell[1]}px`;
    sheet.appendChild(label);
  });
}

(window as unknown as { renderSheet: typeof renderSheet }).renderSheet = renderSheet;
document.body.dataset.ready = 'true';
