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

// The readout is redrawn many times a second during playback. Each writer below touches the DOM only when the
// value differs, so a still reading costs no style, layout or paint work.
function setText(el: HTMLElement, text: string) {
  if (el.textContent !== text) el.textContent = text;
}

function setData(el: HTMLElement, key: string, value: string) {
  if (el.dataset[key] !== value) el.dataset[key] = value;
}

function setStyle(el: HTMLElement, property: string, value: string) {
  if (el.style.getPropertyValue(property) !== value) el.style.setProperty(property, value);
}

/** Bar positions are rounded to a tenth of a percent: finer steps are under a pixel on any screen. */
const percent = (value: number) => `${Math.round(value * 10) / 10}%`;

/** Writes one segment's reading into its bar. */
export function drawSegment(row: SegmentRowRefs, reading: SegmentReading) {
  const bar = segmentBar(reading);
  if (row.track) {
    setStyle(row.track, '--zero', percent(bar.zero));
    setStyle(row.track, '--near-ext', percent(bar.zero * (1 - NEAR_LIMIT)));
    setStyle(row.track, '--near-flex', percent((100 - bar.zero) * (1 - NEAR_LIMIT)));
  }
  if (row.fill) {
    setStyle(row.fill, 'left', percent(bar.left));
    setStyle(row.fill, 'width', percent(bar.width));
    setData(row.fill, 'near', String(bar.near));
  }
  if (row.value) {
    setText(row.value, bendText(reading.flexion));
    setData(row.value, 'near', String(bar.near));
  }
}

/** Writes the hip angle. */
export function drawHip(el: HTMLElement, hipFlexion: number) {
  setText(el, bendText(hipFlexion));
}

/** Writes the neutral-spine badge. */
export function drawNeutral(el: HTMLElement, neutral: boolean, lumbarFlexion: number) {
  setData(el, 'neutral', String(neutral));
  setText(el, neutral ? 'Spine neutral' : `Spine ${lumbarFlexion > 0 ? 'rounded' : 'arched'}`);
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
  if (row.row) setData(row.row, 'motion', motion);
  if (row.state) setText(row.state, motion === 'none' ? '–' : motion);
}
