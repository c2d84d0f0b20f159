import { exerciseById } from '../domain/content/exercises';
import { PHASE_IDS, type PhaseId } from '../domain/content/types';
import { workoutById } from '../domain/content/workouts';
import { clampRounds, expandWorkout } from '../domain/content/workoutPlan';
import { isCameraPreset, type CameraPreset } from './cameraStore';
import { isPanelTab, type PanelTab } from './panelStore';
import { SPEEDS } from './playbackStore';
import { parseStructureKey } from './structureKey';
import { DEFAULT_LAYER_OPACITY, LAYERS, type Layer } from './viewStore';
import { URL_MESSAGES as MESSAGES, type UrlProblem } from './urlProblems';

/** Everything a link can carry. */
export interface UrlState {
  /** Exercise id, or null for none. */
  exercise: string | null;
  /** Clip time in seconds, for a paused exercise. Wins over `phase` when both are set. */
  time: number | null;
  /** The phase playing, and which time it comes round (2 = the second side of an each-side exercise). */
  phase: { id: PhaseId; occurrence: number } | null;
  speed: number;
  camera: CameraPreset | null;
  layers: Record<Layer, number>;
  isolate: boolean;
  labels: boolean;
  /** Selection key, e.g. "L3" or "multifidus_left". */
  selection: string | null;
  workout: { id: string; step: number; rounds: number } | null;
  tab: PanelTab;
}

/** The state of a link that carries nothing. */
export const DEFAULT_URL_STATE: UrlState = {
  exercise: null,
  time: null,
  phase: null,
  speed: 1,
  camera: null,
  layers: { ...DEFAULT_LAYER_OPACITY },
  isolate: false,
  labels: false,
  selection: null,
  workout: null,
  tab: 'exercises',
};

/** Longest clip time a link may ask for, in seconds; anything longer is a typo, not a clip. */
const MAX_TIME = 600;
const PHASE_PATTERN = /^([a-z]+)(?:\.([1-9]))?$/;
const LAYER_PATTERN = /^([a-z]+)-(\d{1,3})$/;

function isPhaseId(value: string): value is PhaseId {
  return (PHASE_IDS as readonly string[]).includes(value);
}

/** Reads "0" or "1"; anything else is undefined. */
function readFlag(value: string | null): boolean | undefined {
  if (value === '1') return true;
  if (value === '0') return false;
  return undefined;
}

/** Reads a non-negative whole number written in plain digits. */
function readCount(value: string): number | undefined {
  return /^\d{1,4}$/.test(value) ? Number(value) : undefined;
}

function readLayers(value: string, problems: UrlProblem[]): Record<Layer, number> {
  const layers = { ...DEFAULT_LAYER_OPACITY };
  let bad = false;
  for (const part of value.split('.')) {
    const match = LAYER_PATTERN.exec(part);
    const layer = match?.[1] as Layer | undefined;
    const percent = match ? Number(match[2]) : NaN;
    if (!match || !layer || !(LAYERS as readonly string[]).includes(layer) || percent > 100) bad = true;
    else layers[layer] = percent / 100;
  }
  if (bad) problems.push({ param: 'layers', message: MESSAGES.layers });
  return layers;
}

function readWorkout(params: URLSearchParams, problems: UrlProblem[]): UrlState['workout'] {
  const id = params.get('workout');
  if (id === null) return null;
  const workout = workoutById(id);
  if (!workout) {
    problems.push({ param: 'workout', message: MESSAGES.workout });
    return null;
  }
  let rounds = workout.rounds.min;
  const roundsText = params.get('rounds');
  if (roundsText !== null) {
    const asked = readCount(roundsText);
    if (asked === undefined || clampRounds(workout, asked) !== asked) {
      problems.push({ param: 'rounds', message: MESSAGES.rounds });
    } else rounds = asked;
  }
  let step = 0;
  const stepText = params.get('step');
  if (stepText !== null) {
    const asked = readCount(stepText);
    if (asked === undefined || asked >= expandWorkout(workout, rounds).length) {
      problems.push({ param: 'step', message: MESSAGES.step });
    } else step = asked;
  }
  return { id, step, rounds };
}

/** Reads a URL query string into app state. Every unusable value falls back to its default and is reported. */
export function parseUrlState(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE, layers: { ...DEFAULT_URL_STATE.layers } };

  const ex = params.get('ex');
  const exercise = ex === null ? undefined : exerciseById(ex);
  if (ex !== null && !exercise) problems.push({ param: 'ex', message: MESSAGES.ex });
  state.exercise = exercise?.id ?? null;

  const t = params.get('t');
  if (t !== null) {
    const seconds = /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
    if (exercise && seconds <= MAX_TIME) state.time = seconds;
    else if (exercise) problems.push({ param: 't', message: MESSAGES.t });
  }

  const phase = params.get('phase');
  if (phase !== null && exercise && state.time === null) {
    const match = PHASE_PATTERN.exec(phase);
    const id = match?.[1];
    const occurrence = match?.[2] ? Number(match[2]) : 1;
    const fits = id !== undefined && isPhaseId(id) && exercise.phases.includes(id);
    const sides = exercise.sidedness === 'each-side' ? 2 : 1;
    if (fits && occurrence <= sides) state.phase = { id, occurrence };
    else problems.push({ param: 'phase', message: MESSAGES.phase });
  }

  const speed = params.get('speed');
  if (speed !== null) {
    const value = Number(speed);
    if ((SPEEDS as readonly number[]).includes(value) && speed.trim() !== '') state.speed = value;
    else problems.push({ param: 'speed', message: MESSAGES.speed });
  }

  const cam = params.get('cam');
  if (cam !== null) {
    if (isCameraPreset(cam)) state.camera = cam;
    else problems.push({ param: 'cam', message: MESSAGES.cam });
  }

  const layers = params.get('layers');
  if (layers !== null) state.layers = readLayers(layers, problems);

  for (const param of ['iso', 'labels'] as const) {
    const value = params.get(param);
    if (value === null) continue;
    const flag = readFlag(value);
    if (flag === undefined) problems.push({ param, message: MESSAGES[param] });
    else if (param === 'iso') state.isolate = flag;
    else state.labels = flag;
  }

  const sel = params.get('sel');
  if (sel !== null) {
    if (parseStructureKey(sel)) state.selection = sel;
    else problems.push({ param: 'sel', message: MESSAGES.sel });
  }

  state.workout = readWorkout(params, problems);

  const tab = params.get('tab');
  if (tab !== null) {
    if (isPanelTab(tab)) state.tab = tab;
    else problems.push({ param: 'tab', message: MESSAGES.tab });
  }
  return { state, problems };
}

/** Writes app state as a URL query string ("" when everything is at its default), leaving defaults out. */
export function serialiseUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.exercise) {
    params.set('ex', state.exercise);
    if (state.time !== null) params.set('t', String(Math.round(state.time * 100) / 100));
    else if (state.phase) {
      const { id, occurrence } = state.phase;
      params.set('phase', occurrence > 1 ? `${id}.${occurrence}` : id);
    }
  }
  if (state.speed !== DEFAULT_URL_STATE.speed) params.set('speed', String(state.speed));
  if (state.camera) params.set('cam', state.camera);
  const layers = LAYERS.filter((layer) => state.layers[layer] !== DEFAULT_LAYER_OPACITY[layer]).map(
    (layer) => `${layer}-${Math.round(state.layers[layer] * 100)}`,
  );
  if (layers.length > 0) params.set('layers', layers.join('.'));
  if (state.isolate) params.set('iso', '1');
  if (state.labels) params.set('labels', '1');
  if (state.selection) params.set('sel', state.selection);
  if (state.workout) {
    params.set('workout', state.workout.id);
    if (state.workout.step > 0) params.set('step', String(state.workout.step));
    const workout = workoutById(state.workout.id);
    if (workout && state.workout.rounds !== workout.rounds.min) params.set('rounds', String(state.workout.rounds));
  }
  if (state.tab !== DEFAULT_URL_STATE.tab) params.set('tab', state.tab);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The part of the state whose changes deserve their own history entry (back and forward step through them):
 * the exercise, the selection and the workout. During a workout the exercise follows the steps by itself, so
 * only the workout counts. Time, phase, speed, camera and display settings change the current entry instead.
 */
export function historyKey(state: UrlState): string {
  return JSON.stringify(
    state.workout ? ['workout', state.workout.id, state.selection] : ['exercise', state.exercise, state.selection],
  );
}
