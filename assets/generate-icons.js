#!/usr/bin/env node
/**
 * Writes the add-in icons (icon-16/32/64/80/128.png): a teal rounded square with a white health
 * cross (16 px) or the letters "CPTS" (32 px and up). No image library: a tiny PNG encoder on zlib.
 * Run once by hand (`node assets/generate-icons.js`); the PNGs are committed. Only *.png is
 * copied to dist/.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const TEAL = [0x0f, 0x6c, 0x74];
const WHITE = [0xff, 0xff, 0xff];
const SIZES = [16, 32, 64, 80, 128];

// 5×7 bitmap glyphs.
const GLYPHS = {
  C: ["01110", "10001", "10000", "10000", "10000", "10001", "01110"],
  P: ["11110", "10001", "10001", "11110", "10000", "10000", "10000"],
  T: ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
  S: ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** rgba: Uint8Array of size*size*4 -> PNG (colour type 6, 8 bits). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Is the point (x, y) in [0, size) inside the white mark? */
function markAt(size) {
  if (size < 32) {
    const arm = size * 0.18;
    const c = size / 2;
    return (x, y) => (Math.abs(x - c) < arm && Math.abs(y - c) < size * 0.32) || (Math.abs(y - c) < arm && Math.abs(x - c) < size * 0.32);
  }
  const text = "CPTS";
  const scale = Math.floor((size * 0.8) / (text.length * 6 - 1));
  const width = (text.length * 6 - 1) * scale;
  const left = Math.round((size - width) / 2);
  const top = Math.round((size - 7 * scale) / 2);
  return (x, y) => {
    const gx = Math.floor((x - left) / scale);
    const gy = Math.floor((y - top) / scale);
    if (gx < 0 || gy < 0 || gy >= 7 || gx >= text.length * 6) return false;
    const glyph = GLYPHS[text[Math.floor(gx / 6)]];
    return glyph[gy][gx % 6] === "1";
  };
}

function drawIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const radius = size * 0.2;
  const inMark = markAt(size);
  const SS = 4; // supersampling for the rounded corners
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const px = x + (sx + 0.5) / SS;
          const py = y + (sy + 0.5) / SS;
          const dx = Math.max(radius - px, px - (size - radius), 0);
          const dy = Math.max(radius - py, py - (size - radius), 0);
          if (dx * dx + dy * dy <= radius * radius) cover++;
        }
      }
      const colour = inMark(x, y) ? WHITE : TEAL;
      const i = (y * size + x) * 4;
      rgba.set(colour, i);
      rgba[i + 3] = Math.round((255 * cover) / (SS * SS));
    }
  }
  return encodePng(size, rgba);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
