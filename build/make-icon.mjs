// Draws build/icon.png (512×512): a white shield with a check on the procuratorate's blue.
// No dependencies: pixels are computed here (4× supersampled) and written as a PNG with zlib.
// Run: node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4;
const BLUE = [29, 78, 137];
const WHITE = [255, 255, 255];

function insideRoundedSquare(x, y) {
  const margin = 0.03;
  const radius = 0.18;
  const cx = Math.min(Math.max(x, margin + radius), 1 - margin - radius);
  const cy = Math.min(Math.max(y, margin + radius), 1 - margin - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideShield(x, y) {
  const top = 0.2;
  const shoulder = 0.5;
  const tip = 0.84;
  const halfWidth = 0.26;
  if (y < top || y > tip) return false;
  const dx = Math.abs(x - 0.5);
  if (y <= shoulder) return dx <= halfWidth;
  const t = (y - shoulder) / (tip - shoulder);
  return dx <= halfWidth * Math.sqrt(1 - t * t);
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function onCheck(x, y) {
  const a = [0.38, 0.5];
  const b = [0.47, 0.6];
  const c = [0.63, 0.4];
  return Math.min(distanceToSegment(x, y, a, b), distanceToSegment(x, y, b, c)) <= 0.035;
}

/** Colour and coverage of one sample point. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  if (insideShield(x, y) && !onCheck(x, y)) return WHITE;
  return BLUE;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let px = 0; px < SIZE; px++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = sample(
          (px + (sx + 0.5) / SAMPLES) / SIZE,
          (py + (sy + 0.5) / SAMPLES) / SIZE,
        );
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        covered++;
      }
    }
    const offset = 1 + px * 4;
    if (covered > 0) {
      row[offset] = Math.round(r / covered);
      row[offset + 1] = Math.round(g / covered);
      row[offset + 2] = Math.round(b / covered);
      row[offset + 3] = Math.round((255 * covered) / SAMPLES ** 2);
    }
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
process.stdout.write(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes\n`);
