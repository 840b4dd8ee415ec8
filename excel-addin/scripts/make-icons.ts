/**
 * Draws the add-in's icons (a green rounded square with a white check over three bars, like a
 * checked column of figures) at 16, 32, 64 and 80 px into public/assets/. Run: npm run icons.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.ts';

const SIZES = [16, 32, 64, 80];
const GREEN: [number, number, number] = [16, 124, 65];
const WHITE: [number, number, number] = [255, 255, 255];
const PALE: [number, number, number] = [183, 224, 199];

/** Distance from point p to segment ab. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** Colour at a point of the unit square (0..1), or null for transparent. */
function shade(x: number, y: number): [number, number, number] | null {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  if (
    segmentDistance(x, y, 0.3, 0.55, 0.45, 0.72) < 0.075 ||
    segmentDistance(x, y, 0.45, 0.72, 0.76, 0.3) < 0.075
  )
    return WHITE;
  for (const by of [0.22, 0.36]) if (y > by && y < by + 0.07 && x > 0.2 && x < 0.52) return PALE;
  return GREEN;
}

export function drawIcon(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const ss = 4; // supersampling per axis, for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return encodePng(size, size, rgba);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'assets');
mkdirSync(out, { recursive: true });
for (const size of SIZES) writeFileSync(join(out, `icon-${size}.png`), drawIcon(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${out}`);
