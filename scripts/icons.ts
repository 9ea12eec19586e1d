/**
 * Draws the two Teams app icons (a support life buoy) with pngjs, so they can be rebuilt
 * byte-for-byte from this file: `npm run icons`.
 * - color.png: 192x192, full-bleed accent background, buoy inside the 120x120 safe area.
 * - outline.png: 32x32, white on a transparent background (Teams tints it for the theme).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgba = readonly [number, number, number, number];

export const COLOR_SIZE = 192;
export const OUTLINE_SIZE = 32;
const ACCENT: Rgba = [0x0f, 0x6c, 0xbd, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const BAND: Rgba = [0xf7, 0x63, 0x0c, 255];
/** Sub-samples per pixel side: 4x4 coverage gives smooth, deterministic edges. */
const SUPERSAMPLE = 4;

/** What lies at a point of the unit square (0..1): a colour, or nothing (transparent). */
type Shape = (x: number, y: number) => Rgba | undefined;

interface Buoy {
  outer: number;
  inner: number;
  /** Half-width (radians) of the four diagonal bands. */
  bandHalfAngle: number;
  ring: Rgba;
  band: Rgba | undefined;
}

function buoy(spec: Buoy): Shape {
  return (x, y) => {
    const dx = x - 0.5;
    const dy = y - 0.5;
    const r = Math.hypot(dx, dy);
    if (r > spec.outer || r < spec.inner) return undefined;
    // Distance of the angle to the nearest diagonal (45°, 135°...).
    const angle = Math.atan2(dy, dx);
    const fromDiagonal = Math.abs(((angle - Math.PI / 4) % (Math.PI / 2) + Math.PI / 2) % (Math.PI / 2) - Math.PI / 4);
    const onBand = Math.PI / 4 - fromDiagonal < spec.bandHalfAngle;
    return onBand ? spec.band : spec.ring;
  };
}

/** Renders a shape over a background, averaging SUPERSAMPLE² samples per pixel. */
function render(size: number, shape: Shape, background: Rgba | undefined): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = shape((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size) ?? background;
          if (!c) continue;
          // Premultiplied accumulation keeps transparent samples from darkening the edge colour.
          for (let i = 0; i < 3; i++) sum[i]! += (c[i]! * c[3]) / 255;
          sum[3]! += c[3];
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = sum[3]! / n;
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) png.data[at + i] = alpha === 0 ? 0 : Math.round(((sum[i]! / n) * 255) / alpha);
      png.data[at + 3] = Math.round(alpha);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

export function colorIcon(): Buffer {
  // Outer radius 0.30 of 192 px = 115 px across: inside the 120x120 safe area.
  return render(COLOR_SIZE, buoy({ outer: 0.3, inner: 0.17, bandHalfAngle: 0.28, ring: WHITE, band: BAND }), ACCENT);
}

export function outlineIcon(): Buffer {
  // Bands are left transparent: the outline icon may hold only white.
  return render(OUTLINE_SIZE, buoy({ outer: 0.44, inner: 0.24, bandHalfAngle: 0.22, ring: WHITE, band: undefined }), undefined);
}

export const ICON_DIR = path.resolve(__dirname, '..', 'appPackage');

if (require.main === module) {
  writeFileSync(path.join(ICON_DIR, 'color.png'), colorIcon());
  writeFileSync(path.join(ICON_DIR, 'outline.png'), outlineIcon());
  console.log(`wrote ${path.join(ICON_DIR, 'color.png')} and outline.png`);
}
