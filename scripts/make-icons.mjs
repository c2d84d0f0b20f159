#!/usr/bin/env node
// Draws the app icon (five stacked lumbar vertebrae with their discs on the app's dark background) as an SVG and
// as the PNG sizes an installable web app needs. Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const BG = [0x16, 0x19, 0x1d];
const BONE = [0xe9, 0xdf, 0xc8];
const DISC = [0xff, 0x8a, 0x4c];
// Vertebral bodies on a gentle lordotic curve, in a 100-unit square: centre x, centre y, half width, half height.
const bodies = [0, 1, 2, 3, 4].map((i) => ({
  x: 50 - 4 * Math.sin((i / 4) * Math.PI),
  y: 22 + i * 14.5,
  w: 17 + i,
  h: 5.2,
}));
const discs = bodies.slice(0, 4).map((b, i) => ({ x: (b.x + bodies[i + 1].x) / 2, y: b.y + 7.25, w: b.w - 3, h: 1.6 }));

const roundedBox = (px, py, b, r) => {
  const qx = Math.abs(px - b.x) - (b.w - r);
  const qy = Math.abs(py - b.y) - (b.h - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};

function colourAt(u, v) {
  const inSquare = roundedBox(u, v, { x: 50, y: 50, w: 50, h: 50 }, 18) <= 0;
  if (!inSquare) return null;
  if (bodies.some((b) => roundedBox(u, v, b, 3) <= 0)) return BONE;
  if (discs.some((d) => roundedBox(u, v, d, 1.5) <= 0)) return DISC;
  return BG;
}

function png(size) {
  const image = new PNG({ width: size, height: size });
  const n = 4; // supersamples per axis, for smooth edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt(((x + (sx + 0.5) / n) / size) * 100, ((y + (sy + 0.5) / n) / size) * 100);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (y * size + x) * 4;
      image.data[i] = a ? r / a : 0;
      image.data[i + 1] = a ? g / a : 0;
      image.data[i + 2] = a ? b / a : 0;
      image.data[i + 3] = (a / (n * n)) * 255;
    }
  }
  return PNG.sync.write(image);
}

const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const rect = (b, r, c) =>
  `<rect x="${(b.x - b.w).toFixed(2)}" y="${(b.y - b.h).toFixed(2)}" width="${(2 * b.w).toFixed(2)}" height="${(2 * b.h).toFixed(2)}" rx="${r}" fill="${hex(c)}"/>`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="${hex(BG)}"/>${discs.map((d) => rect(d, 1.5, DISC)).join('')}${bodies.map((b) => rect(b, 3, BONE)).join('')}</svg>\n`;

writeFileSync('public/icons/icon.svg', svg);
for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
console.log('icons written to public/icons/');
