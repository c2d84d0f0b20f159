import { Color, type MeshStandardMaterial } from 'three';
import type { MuscleId } from '../../domain/anatomy/ids';
import type { Exercise, PhaseId } from '../../domain/content/types';
import { WORK_COLOURS } from '../../domain/content/workColours';
import type { Layer, Quality } from '../../state/viewStore';
import type { PreparedModel } from './prepareModel';
import { TISSUES } from './tissueMaterials';

/** Everything that decides how the anatomy looks at a given moment. */
export interface AppearanceInput {
  layerOpacity: Readonly<Record<Layer, number>>;
  exercise: Exercise | null;
  phase: PhaseId | null;
  highlightOff: ReadonlySet<MuscleId>;
  highlightScale: number;
  selected: string | null;
  hovered: string | null;
  isolate: boolean;
  quality: Quality;
}

/** Muscles not loaded by the playing exercise fade to this share of their layer opacity. */
const UNLOADED_FADE = 0.18;
/** Structures outside an isolated selection fade to this share. */
const ISOLATE_FADE = 0.08;
/** With a bone or disc picked, the muscles over it fade to this share so the pick shows through them. */
const OVER_PICKED_BONE = 0.1;

const workColour = {
  concentric: new Color(WORK_COLOURS.concentric),
  eccentric: new Color(WORK_COLOURS.eccentric),
  isometric: new Color(WORK_COLOURS.isometric),
};
const selectedGlow = new Color('#ffffff');
/** Each tissue's base colour, parsed once: Color.set with a CSS string parses it again on every call. */
const tissueColours = new Map(Object.entries(TISSUES).map(([tissue, look]) => [tissue, new Color(look.color)]));

/**
 * Applies layers, isolation, selection and the exercise's muscle highlight to a model's materials.
 * Runs on discrete changes (a new phase, a toggle), never every frame.
 */
export function applyAppearance(model: PreparedModel, input: AppearanceInput) {
  for (const mesh of model.untagged) {
    const tissue = model.tissueOf.get(mesh) ?? 'skin';
    setOpacity(mesh.material as MeshStandardMaterial, mesh, input.layerOpacity[TISSUES[tissue].layer]);
  }
  const loads = new Map(input.exercise?.loads.map((l) => [l.muscle, l]) ?? []);
  const pickedKind = input.selected ? model.structures.get(input.selected)?.kind : undefined;
  const boneUnderMuscle = pickedKind !== undefined && pickedKind !== 'muscle';
  for (const [key, entry] of model.structures) {
    let share = 1;
    if (input.isolate && input.selected && key !== input.selected) share = ISOLATE_FADE;
    else if (boneUnderMuscle && entry.kind === 'muscle') share = OVER_PICKED_BONE;
    const load = entry.kind === 'muscle' ? loads.get(entry.id as MuscleId) : undefined;
    const highlighted = load !== undefined && !input.highlightOff.has(load.muscle);
    if (input.exercise && entry.kind === 'muscle' && !highlighted) share *= UNLOADED_FADE;
    // A faded muscle costs a software renderer as much as a solid one; at low quality context muscles are left out.
    if (input.quality === 'low' && entry.kind === 'muscle' && share < 1) share = 0;

    for (const mesh of entry.meshes) {
      const tissue = model.tissueOf.get(mesh) ?? 'bone';
      const material = mesh.material as MeshStandardMaterial;
      const opacity = input.layerOpacity[TISSUES[tissue].layer] * share;
      setOpacity(material, mesh, opacity, entry.kind === 'muscle');
      // The annulus is closed round the nucleus: while the disc is solid the nucleus cannot be seen, so it is not
      // drawn (a draw call saved per disc). It shows as soon as the disc turns see-through.
      if (tissue === 'nucleus' && opacity >= 0.99) mesh.visible = false;

      material.color.copy(tissueColours.get(tissue)!);
      material.emissive.setRGB(0, 0, 0);
      material.emissiveIntensity = 1;
      if (highlighted && load && input.phase) {
        const work = load.phases[input.phase];
        if (work) {
          const intensity = Math.min(1, load.load * work.effort * input.highlightScale * 1.6);
          const hue = workColour[work.contraction];
          material.color.lerp(hue, 0.35 + 0.65 * Math.min(1, intensity + 0.25));
          material.emissive.copy(hue).multiplyScalar(0.15 + 0.55 * intensity);
        }
      }
      if (key === input.selected) material.emissive.lerp(selectedGlow, 0.35);
      else if (key === input.hovered) material.emissive.lerp(selectedGlow, 0.15);
    }
  }
}

function setOpacity(material: MeshStandardMaterial, mesh: { visible: boolean }, opacity: number, layered = false) {
  mesh.visible = opacity > 0.01;
  material.opacity = opacity;
  const transparent = opacity < 0.99;
  // An opaque program forces alpha to one, so a switch between opaque and see-through needs a new program.
  if (material.transparent !== transparent) material.needsUpdate = true;
  material.transparent = transparent;
  // Faded structures must not hide what lies behind them. A muscle is many overlapping fascicles, though: without
  // depth its own layers would stack back to near opaque, so it keeps depth and its nearest surface alone blends.
  material.depthWrite = opacity >= 0.99 || layered;
}
