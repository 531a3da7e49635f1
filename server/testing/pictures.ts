/**
 * The smallest files each logo format's check takes as whole pictures: a PNG with its header and end chunks, a JPEG
 * with its start and end markers, a WebP whose RIFF length is right. Their pixels are not real; checksums are zero.
 */
const ascii = (text: string) => [...Buffer.from(text, "latin1")];
const uint32BE = (value: number) => [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];

export function testPng(width = 2, height = 1): Uint8Array<ArrayBuffer> {
  const header = [...uint32BE(13), ...ascii("IHDR"), ...uint32BE(width), ...uint32BE(height), 8, 6, 0, 0, 0, 0, 0, 0, 0];
  const end = [...uint32BE(0), ...ascii("IEND"), 0xae, 0x42, 0x60, 0x82];
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...header, ...end]);
}

export const testJpeg = (): Uint8Array<ArrayBuffer> => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...ascii("JFIF"), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

export function testWebp(): Uint8Array<ArrayBuffer> {
  const body = [...ascii("WEBP"), ...ascii("VP8L"), 5, 0, 0, 0, 0x2f, 0, 0, 0, 0, 0];
  return Uint8Array.from([...ascii("RIFF"), body.length & 0xff, (body.length >> 8) & 0xff, 0, 0, ...body]);
}
