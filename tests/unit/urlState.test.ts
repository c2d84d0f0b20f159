import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  historyKey,
  parseUrlState,
  serialiseUrlState,
  type UrlState,
} from '../../src/state/urlState';
import { problemNotice } from '../../src/state/urlProblems';
import { parseStructureKey, structureKey } from '../../src/state/structureKey';

const full: UrlState = {
  exercise: 'deadlift',
  time: 2.35,
  phase: null,
  speed: 0.5,
  camera: 'back',
  layers: { skin: 0, muscles: 0.25, bones: 1, discs: 1 },
  isolate: true,
  labels: true,
  selection: 'longissimus-lumborum_left',
  workout: { id: 'lower-back-warm-up', step: 3, rounds: 2 },
  tab: 'workouts',
};

describe('URL state', () => {
  it('survives a round trip with every field set', () => {
    const search = serialiseUrlState(full);
    expect(parseUrlState(search)).toEqual({ state: full, problems: [] });
  });

  it('carries a phase, with its occurrence for the second side', () => {
    const playing: UrlState = { ...DEFAULT_URL_STATE, exercise: 'bird-dog', phase: { id: 'reach', occurrence: 2 } };
    const search = serialiseUrlState(playing);
    expect(search).toBe('?ex=bird-dog&phase=reach.2');
    expect(parseUrlState(search).state.phase).toEqual({ id: 'reach', occurrence: 2 });
    expect(parseUrlState('?ex=bird-dog&phase=reach').state.phase).toEqual({ id: 'reach', occurrence: 1 });
  });

  it('writes nothing for the defaults and reads nothing as the defaults', () => {
    expect(serialiseUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
  });

  it('keeps only layers that differ from their default, as whole percentages', () => {
    const search = serialiseUrlState({ ...DEFAULT_URL_STATE, layers: { ...DEFAULT_URL_STATE.layers, bones: 0.25 } });
    expect(search).toBe('?layers=bones-25');
  });

  it.each([
    ['?ex=not-an-exercise', 'ex', { exercise: null }],
    ['?ex=deadlift&t=abc', 't', { exercise: 'deadlift', time: null }],
    ['?ex=deadlift&t=-4', 't', { exercise: 'deadlift', time: null }],
    ['?ex=deadlift&t=99999', 't', { exercise: 'deadlift', time: null }],
    ['?ex=deadlift&phase=reach', 'phase', { phase: null }],
    ['?ex=deadlift&phase=ascent.2', 'phase', { phase: null }],
    ['?speed=3', 'speed', { speed: 1 }],
    ['?speed=', 'speed', { speed: 1 }],
    ['?cam=sideways', 'cam', { camera: null }],
    ['?layers=skin-50.teeth-10', 'layers', { layers: { ...DEFAULT_URL_STATE.layers, skin: 0.5 } }],
    ['?layers=bones-400', 'layers', { layers: DEFAULT_URL_STATE.layers }],
    ['?iso=yes', 'iso', { isolate: false }],
    ['?labels=2', 'labels', { labels: false }],
    ['?sel=L9', 'sel', { selection: null }],
    ['?sel=L3_left', 'sel', { selection: null }],
    ['?workout=marathon', 'workout', { workout: null }],
    ['?workout=strength&step=999', 'step', { workout: { id: 'strength', step: 0, rounds: 1 } }],
    ['?workout=strength&step=two', 'step', { workout: { id: 'strength', step: 0, rounds: 1 } }],
    ['?workout=lower-back-warm-up&rounds=7', 'rounds', { workout: { id: 'lower-back-warm-up', step: 0, rounds: 1 } }],
    ['?tab=settings', 'tab', { tab: 'exercises' }],
  ] as const)('reports %s and falls back to a default', (search, param, expected) => {
    const { state, problems } = parseUrlState(search);
    expect(problems.map((p) => p.param)).toEqual([param]);
    expect(problems[0].message.length).toBeGreaterThan(10);
    expect(state).toMatchObject(expected);
  });

  it('ignores parameters it does not know', () => {
    expect(parseUrlState('?utm_source=mail&ex=plank')).toEqual({
      state: { ...DEFAULT_URL_STATE, exercise: 'plank' },
      problems: [],
    });
  });

  it('gives one sentence for one problem and a short list for several', () => {
    const one = parseUrlState('?speed=9').problems;
    expect(problemNotice(one)).toBe(one[0].message);
    const several = parseUrlState('?ex=nope&speed=9&sel=nope').problems;
    expect(problemNotice(several)).toBe(
      'Parts of this link didn’t work, so the usual settings are used for the exercise, the speed and the selection.',
    );
    expect(problemNotice([])).toBeNull();
  });

  it('makes a history entry for a new exercise, selection or workout, not for time, speed or layers', () => {
    const base = historyKey(full);
    expect(historyKey({ ...full, time: 4, speed: 2, layers: DEFAULT_URL_STATE.layers, camera: 'top' })).toBe(base);
    expect(historyKey({ ...full, selection: 'L3' })).not.toBe(base);
    expect(historyKey({ ...full, workout: { id: 'strength', step: 0, rounds: 1 } })).not.toBe(base);
    // During a workout the exercise follows the steps, so it doesn't count.
    expect(historyKey({ ...full, exercise: 'plank', workout: { ...full.workout!, step: 4 } })).toBe(base);
    const free = { ...full, workout: null };
    expect(historyKey({ ...free, exercise: 'plank' })).not.toBe(historyKey(free));
  });
});

describe('selection keys', () => {
  it('reads single and paired structures', () => {
    expect(parseStructureKey('L3')).toEqual({ id: 'L3', side: null });
    expect(parseStructureKey('L4-L5')).toEqual({ id: 'L4-L5', side: null });
    expect(parseStructureKey('multifidus_left')).toEqual({ id: 'multifidus', side: 'left' });
    expect(parseStructureKey('hip-bone_right')).toEqual({ id: 'hip-bone', side: 'right' });
    expect(parseStructureKey('multifidus')).toEqual({ id: 'multifidus', side: null });
  });

  it('refuses unknown ids and sides on single structures', () => {
    expect(parseStructureKey('L6')).toBeNull();
    expect(parseStructureKey('sacrum_left')).toBeNull();
    expect(parseStructureKey('multifidus_middle')).toBeNull();
    expect(parseStructureKey('')).toBeNull();
  });

  it('writes keys as the model names its nodes', () => {
    expect(structureKey('psoas-major', 'right')).toBe('psoas-major_right');
    expect(structureKey('sacrum', 'left')).toBe('sacrum');
  });
});
