import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { Contraction } from '../../src/domain/content/types';
import { WORK_COLOURS } from '../../src/domain/content/workColours';

/** Collects console errors and page errors so a test can require there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** The number of frames the renderer has drawn so far. */
export function frameCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__renderer?.info.render.frame ?? 0);
}

/** Waits until the renderer has drawn a few frames. */
export async function waitForFrames(page: Page, frames = 5) {
  await expect.poll(() => frameCount(page), { timeout: 30_000 }).toBeGreaterThan(frames);
}

/** Waits until the models have loaded: the view draws its floor first and the models once they arrive. */
export async function waitForModels(page: Page) {
  await expect(page.getByTestId('loading')).toHaveCount(0, { timeout: 30_000 });
}

/**
 * Waits until the renderer has drawn `frames` more frames than now, so a change made in the stores has reached
 * the picture. Software WebGL draws about one frame a second on a busy machine, so this is the slow part of a test.
 */
export async function waitForNewFrames(page: Page, frames = 2) {
  const start = await frameCount(page);
  await expect
    .poll(() => frameCount(page), { timeout: 30_000, intervals: [100, 200, 300] })
    .toBeGreaterThan(start + frames - 1);
}

/** Controls drawn over the 3D view; masked out of canvas shots so only rendered pixels are counted. */
const OVER_CANVAS = ['.view-toolbar', '.playback', '.side-column', '.hover-label', '.toasts', '.leva-c-kWgxhW'];
/** The clear colour of the scene, used to paint the masks so they read as background. */
const CLEAR_COLOUR = '#16191d';

/** A screenshot of the canvas area with the controls over it painted out. */
export async function canvasShot(page: Page): Promise<PNG> {
  const box = await page.locator('canvas').first().boundingBox();
  if (!box) throw new Error('The canvas has no box.');
  const buffer = await page.screenshot({
    clip: box,
    mask: OVER_CANVAS.map((selector) => page.locator(selector)),
    maskColor: CLEAR_COLOUR,
  });
  return PNG.sync.read(buffer);
}

/**
 * Share of canvas pixels that differ from the clear colour, from a real screenshot of the canvas area with the
 * controls over it painted out in the clear colour.
 */
export async function drawnShare(page: Page, background: [number, number, number] = [0x16, 0x19, 0x1d]) {
  const png = await canvasShot(page);
  let drawn = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d =
      Math.abs(png.data[i] - background[0]) +
      Math.abs(png.data[i + 1] - background[1]) +
      Math.abs(png.data[i + 2] - background[2]);
    if (d > 24) drawn++;
  }
  return drawn / (png.width * png.height);
}

/** Hue (degrees), saturation and value (0–1) of an RGB colour. */
export function hsv(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  let h = 0;
  if (d > 0) {
    if (max === r) h = ((g - b) / d) * 60;
    else if (max === g) h = ((b - r) / d + 2) * 60;
    else h = ((r - g) / d + 4) * 60;
  }
  return [(h + 360) % 360, max === 0 ? 0 : d / max, max / 255];
}

function hueOf(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return hsv((n >> 16) & 255, (n >> 8) & 255, n & 255)[0];
}

/** The muscle tissue's own hue: a highlighted muscle is its colour pulled towards a work hue. */
const MUSCLE_HUE = hueOf('#c2514a');

/**
 * Hue windows that a highlighted muscle falls in once lit, shaded and tone-mapped. The highlight mixes the red
 * muscle colour with the work hue, so each window reaches from the work hue part of the way back towards red,
 * and stops well short of the red itself, the beige bones and the skin.
 */
export const WORK_HUE_WINDOWS: Record<Contraction, [number, number]> = {
  // Orange sits only ~15° from the muscle red, so its window starts a little above the red.
  concentric: [MUSCLE_HUE + 7, hueOf(WORK_COLOURS.concentric) + 13],
  eccentric: [hueOf(WORK_COLOURS.eccentric) - 15, hueOf(WORK_COLOURS.eccentric) + 25],
  // Violet mixed with red passes through magenta on its way round the wheel.
  isometric: [hueOf(WORK_COLOURS.isometric) - 15, 340],
};

/** Below these, a pixel is too grey or too dark for its hue to mean anything. */
const MIN_SATURATION = 0.3;
const MIN_VALUE = 0.2;

/** The work hue a pixel falls in, or null; `i` indexes the PNG's RGBA bytes. */
function workHueAt(png: PNG, i: number): Contraction | null {
  const [h, s, v] = hsv(png.data[i], png.data[i + 1], png.data[i + 2]);
  if (s < MIN_SATURATION || v < MIN_VALUE) return null;
  for (const kind of Object.keys(WORK_HUE_WINDOWS) as Contraction[]) {
    const [from, to] = WORK_HUE_WINDOWS[kind];
    if (h >= from && h <= to) return kind;
  }
  return null;
}

/** How many pixels of a shot fall in each work hue window. */
export function workHuePixels(png: PNG): Record<Contraction, number> {
  const counts: Record<Contraction, number> = { concentric: 0, eccentric: 0, isometric: 0 };
  for (let i = 0; i < png.data.length; i += 4) {
    const kind = workHueAt(png, i);
    if (kind) counts[kind]++;
  }
  return counts;
}

/**
 * Pixels in a work hue in `on` that are in none in `off`, two shots of the same view. Scenery that happens to sit
 * in a work hue (a blue mat) counts in neither, even where muscles switched off uncover more of it.
 */
export function workHueGained(on: PNG, off: PNG): number {
  expect(on.width).toBe(off.width);
  expect(on.height).toBe(off.height);
  let gained = 0;
  for (let i = 0; i < on.data.length; i += 4) if (workHueAt(on, i) && !workHueAt(off, i)) gained++;
  return gained;
}

/** How many pixels differ clearly between two shots of the same size. */
export function changedPixels(a: PNG, b: PNG, threshold = 30): number {
  expect(a.width).toBe(b.width);
  expect(a.height).toBe(b.height);
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d =
      Math.abs(a.data[i] - b.data[i]) +
      Math.abs(a.data[i + 1] - b.data[i + 1]) +
      Math.abs(a.data[i + 2] - b.data[i + 2]);
    if (d > threshold) changed++;
  }
  return changed;
}

/**
 * The canvas's own pixels, read from its drawing buffer (the canvas keeps it), as a PNG. Faster than a page
 * screenshot and free of the controls drawn over the canvas, so counts measure only what the renderer drew.
 */
export async function canvasPixels(page: Page): Promise<PNG> {
  const url = await page.evaluate(() => document.querySelector('canvas')?.toDataURL('image/png') ?? '');
  if (!url.startsWith('data:image/png;base64,')) throw new Error('The canvas could not be read.');
  return PNG.sync.read(Buffer.from(url.slice('data:image/png;base64,'.length), 'base64'));
}

/** The focus colour of the app's stylesheet, as computed styles report it. */
const FOCUS_RGB = 'rgb(124, 196, 255)';

/**
 * How the focused element shows its focus: its own outline, its label's outline (a radio drawn as a
 * pill), or the ring of the box around it (the search field). Null when nothing shows.
 */
export function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate((focusRgb) => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const shows = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    };
    if (el.matches(':focus-visible') && shows(el)) return 'outline';
    if (shows(el.nextElementSibling)) return 'sibling outline';
    for (let box = el.parentElement, i = 0; box && i < 3; box = box.parentElement, i++) {
      if (box.matches(':focus-within') && getComputedStyle(box).borderTopColor === focusRgb) return 'ring';
    }
    return null;
  }, FOCUS_RGB);
}

/** Waits until the camera has stopped moving between frames, so two shots of a still scene can be compared. */
export async function waitForCameraToSettle(page: Page) {
  const where = () =>
    page.evaluate(() => {
      const camera = window.__camera;
      return camera
        ? camera.position
            .toArray()
            .map((v) => v.toFixed(4))
            .join(',')
        : '';
    });
  let last = '';
  await expect
    .poll(
      async () => {
        await waitForNewFrames(page, 1);
        const now = await where();
        const still = now === last;
        last = now;
        return still;
      },
      { timeout: 45_000, intervals: [0] },
    )
    .toBe(true);
}
