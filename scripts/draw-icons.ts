/**
 * Draws the Ninegrid icons into assets/: a 3×3 grid (the nine-grid of contribution × potential) whose
 * top-right cell, the A tier, is strong blue, fading to pale towards the bottom-left.
 * Run: npx tsx scripts/draw-icons.ts   (deterministic: same bytes every run)
 * PNGs are written with node:zlib directly, so no image library is needed.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgb = [number, number, number];

/** Tier colours by distance from the top-right cell (0 = A … 4 = D, palest). */
const TIER_COLOURS: Rgb[] = [
  [0x0f, 0x5f, 0xa8], // A: strong blue
  [0x1f, 0x8f, 0xb0], // B: teal-blue
  [0x6c, 0xb4, 0xd2], // C
  [0xa9, 0xcf, 0xe3], // D
  [0xcc, 0xdd, 0xea], // D, far corner
];

/** Sizes Office asks for (16/32/80 ribbon, 32/64 IconUrl/HighResolutionIconUrl) plus 128 for store listings. */
const SIZES = [16, 32, 64, 80, 128];

/** Grid geometry in sixteenths of the icon: 1 margin, 4 cell, 1 gap, … so every size that is a multiple of 16 is pixel-aligned. */
const UNIT = 16;
const MARGIN = 1;
const CELL = 4;
const GAP = 1;
const SUPERSAMPLE = 8;

function cellColour(row: number, col: number): Rgb {
  return TIER_COLOURS[row + (2 - col)];
}

/** Coverage (0..1) of point (x, y) in a rounded square [x0, x0+s]² with corner radius r. */
function insideRoundedSquare(x: number, y: number, x0: number, y0: number, s: number, r: number): boolean {
  if (x < x0 || y < y0 || x > x0 + s || y > y0 + s) return false;
  const cx = Math.min(Math.max(x, x0 + r), x0 + s - r);
  const cy = Math.min(Math.max(y, y0 + r), y0 + s - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Renders an RGBA image (straight alpha) of the given size. */
export function drawIcon(size: number): Buffer {
  const px = size / UNIT;
  const cell = CELL * px;
  // Corners a little rounder on big icons; at 16 px a half-pixel radius only softens them.
  const radius = Math.max(0.5, cell * 0.14);
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let hits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const fx = x + (sx + 0.5) / SUPERSAMPLE;
          const fy = y + (sy + 0.5) / SUPERSAMPLE;
          for (let row = 0; row < 3; row++) {
            for (let col = 0; col < 3; col++) {
              const x0 = (MARGIN + col * (CELL + GAP)) * px;
              const y0 = (MARGIN + row * (CELL + GAP)) * px;
              if (insideRoundedSquare(fx, fy, x0, y0, cell, radius)) {
                const [cr, cg, cb] = cellColour(row, col);
                r += cr;
                g += cg;
                b += cb;
                hits++;
              }
            }
          }
        }
      }
      const i = (y * size + x) * 4;
      if (hits > 0) {
        rgba[i] = Math.round(r / hits);
        rgba[i + 1] = Math.round(g / hits);
        rgba[i + 2] = Math.round(b / hits);
        rgba[i + 3] = Math.round((255 * hits) / (SUPERSAMPLE * SUPERSAMPLE));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes straight-alpha RGBA pixels as an 8-bit RGBA PNG. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // compression, filter, interlace: all 0
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main(): void {
  const outDir = join(dirname(__dirname), "assets");
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}

main();
