import type { MuscleId } from '../../domain/anatomy/ids';
import type { SegmentReading } from '../../state/liveReadout';

/** The DOM nodes of one segment bar. */
export interface SegmentRowRefs {
  track: HTMLElement | null;
  fill: HTMLElement | null;
  value: HTMLElement | null;
}

/** The DOM nodes of one muscle's motion line. */
export interface MuscleRowRefs {
  muscle: MuscleId;
  row: HTMLElement | null;
  state: HTMLElement | null;
}

/** Share of a limit past which a joint counts as near the end of its range. */
export const NEAR_LIMIT = 0.8;
/** Length changes slower than this (mm/s) read as holding: the eye can't tell them from stillness. */
export const HOLDING_RATE = 2;

/** Where a bend sits on its bar and how it should look; pure, so it can be tested without a DOM. */
export function segmentBar(reading: SegmentReading) {
  const ext = Math.max(0.1, reading.maxExtension);
  const flex = Math.max(0.1, reading.maxFlexion);
  const total = ext + flex;
  const zero = (ext / total) * 100;
  const v = reading.flexion;
  const reach = v >= 0 ? Math.min(v, flex) : Math.min(-v, ext);
  const width = (reach / total) * 100;
  const left = v >= 0 ? zero : zero - width;
  const near = v >= 0 ? v > NEAR_LIMIT * flex : -v > NEAR_LIMIT * ext;
  return { zero, left, width, near };
}

/** "4° flexion", "2° extension" or "0°" for a signed angle in degrees (positive is flexion). */
export function bendText(degrees: number): string {
  const rounded = Math.round(Math.abs(degrees));
  if (rounded === 0) return '0°';
  return degrees > 0 ? `${rounded}° flexion` : `${rounded}° extension`;
}

/** Writes one segment's reading into its bar. */
export function drawSegment(row: SegmentRowRefs, reading: SegmentReading) {
  const bar = segmentBar(reading);
  if (row.track) {
    row.track.style.setProperty('--zero', `${bar.zero}%`);
    row.track.style.setProperty('--near-ext', `${bar.zero * (1 - NEAR_LIMIT)}%`);
    row.track.style.setProperty('--near-flex', `${(100 - bar.zero) * (1 - NEAR_LIMIT)}%`);
  }
  if (row.fill) {
    row.fill.style.left = `${bar.left}%`;
    row.fill.style.width = `${bar.width}%`;
    row.fill.dataset.near = String(bar.near);
  }
  if (row.value) {
    row.value.textContent = bendText(reading.flexion);
    row.value.dataset.near = String(bar.near);
  }
}

/** Writes the hip angle. */
export function drawHip(el: HTMLElement, hipFlexion: number) {
  el.textContent = bendText(hipFlexion);
}

/** Writes the neutral-spine badge. */
export function drawNeutral(el: HTMLElement, neutral: boolean, lumbarFlexion: number) {
  el.dataset.neutral = String(neutral);
  el.textContent = neutral ? 'Spine neutral' : `Spine ${lumbarFlexion > 0 ? 'rounded' : 'arched'}`;
}

/** The word for a rate of length change (mm/s, positive lengthening). */
export function motionOf(rate: number | null): 'lengthening' | 'shortening' | 'holding' | 'none' {
  if (rate === null) return 'none';
  if (Math.abs(rate) < HOLDING_RATE) return 'holding';
  return rate > 0 ? 'lengthening' : 'shortening';
}

/** Writes one muscle's motion. */
export function drawMuscle(row: MuscleRowRefs, rate: number | null) {
  const motion = motionOf(rate);
  if (row.row) row.row.dataset.motion = motion;
  if (row.state) row.state.textContent = motion === 'none' ? '–' : motion;
}
