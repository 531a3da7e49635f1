import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db, Prisma } from "../../db/client";
import { NotFoundError } from "../../errors";
import { sendStagedEvents, stageEvent } from "../../events/outbox";
import { maxLogoBytes } from "../../shared/logo-size";
import { slug } from "./event-settings";


/**
 * The kinds of picture a logo may be, told by their bytes, never by what the sender says: each format's signature
 * and the parts that make a whole file (PNG's header chunk first and its end chunk last, JPEG's end marker last, WebP's RIFF
 * length and image chunk), so a truncated file or bytes that only start like a picture are refused.
 */
const formats = [
  {
    contentType: "image/png",
    matches: (b: Uint8Array) =>
      startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) &&
      ascii(b, 12, 4) === "IHDR" &&
      between(readUint32BE(b, 16), 1, maxLogoSide) &&
      between(readUint32BE(b, 20), 1, maxLogoSide) &&
      pngEndsAtItsEndChunk(b),
  },
  { contentType: "image/jpeg", matches: (b: Uint8Array) => startsWith(b, [0xff, 0xd8, 0xff]) && jpegEndsAtItsEndMarker(b) },
  {
    contentType: "image/webp",
    matches: (b: Uint8Array) =>
      ascii(b, 0, 4) === "RIFF" && readUint32LE(b, 4) === b.length - 8 && ascii(b, 8, 4) === "WEBP" && ["VP8 ", "VP8L", "VP8X"].includes(ascii(b, 12, 4)),
  },
] as const;
export type LogoContentType = (typeof formats)[number]["contentType"];

/** No logo needs more pixels a side than a 4K screen's width. */
const maxLogoSide = 4096;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}
const ascii = (bytes: Uint8Array, at: number, length: number) => (at < 0 || at + length > bytes.length ? "" : String.fromCharCode(...bytes.subarray(at, at + length)));
const readUint32BE = (bytes: Uint8Array, at: number) => (at + 4 > bytes.length ? -1 : Buffer.from(bytes.buffer, bytes.byteOffset + at, 4).readUInt32BE());
const readUint32LE = (bytes: Uint8Array, at: number) => (at + 4 > bytes.length ? -1 : Buffer.from(bytes.buffer, bytes.byteOffset + at, 4).readUInt32LE());
const between = (value: number, min: number, max: number) => value >= min && value <= max;

/**
 * A PNG's chunks, walked by their lengths from the header chunk: the first end chunk must end the file, so two
 * pictures glued together, or anything hidden after one, are refused.
 */
function pngEndsAtItsEndChunk(bytes: Uint8Array): boolean {
  for (let at = 8; at + 12 <= bytes.length; ) {
    const end = at + 12 + readUint32BE(bytes, at); // length, type, data, checksum
    if (end > bytes.length) return false;
    if (ascii(bytes, at + 4, 4) === "IEND") return end === bytes.length;
    at = end;
  }
  return false;
}

/**
 * A JPEG's segments, walked by their lengths (and a scan's data up to the next marker): the first end-of-image
 * marker must end the file, for the same reason.
 */
function jpegEndsAtItsEndMarker(bytes: Uint8Array): boolean {
  const readUint16BE = (at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
  const isMarkerInScan = (at: number) => bytes[at] === 0xff && bytes[at + 1] !== 0x00 && !(bytes[at + 1]! >= 0xd0 && bytes[at + 1]! <= 0xd7);
  for (let at = 2; at + 2 <= bytes.length; ) {
    if (bytes[at] !== 0xff) return false;
    const marker = bytes[at + 1]!;
    if (marker === 0xd9) return at + 2 === bytes.length;
    if (marker === 0xff) {
      at += 1; // a fill byte before a marker
      continue;
    }
    if (at + 4 > bytes.length || readUint16BE(at + 2) < 2) return false;
    at += 2 + readUint16BE(at + 2);
    // A scan's compressed data follows its header, with 0xFF escaped (FF 00) and restart markers inside.
    if (marker === 0xda) while (at + 1 < bytes.length && !isMarkerInScan(at)) at++;
  }
  return false;
}

/** A whole PNG, JPEG or WebP; null for anything else (SVG included: it can carry script). */
export function sniffLogoType(bytes: Uint8Array): LogoContentType | null {
  return formats.find((format) => format.matches(bytes))?.contentType ?? null;
}

const base64Length = Math.ceil(maxLogoBytes / 3) * 4;

/** The picture as the API takes it, base64; checked at the edge to be a PNG, JPEG or WebP of at most 40 kB. */
const logoImage = z
  .string()
  .min(1, "choose a picture")
  .max(base64Length, `a logo of at most ${maxLogoBytes / 1024} kB`)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, "the picture's bytes in base64")
  .transform((base64, ctx) => {
    const bytes = new Uint8Array(Buffer.from(base64, "base64"));
    const contentType = sniffLogoType(bytes);
    if (!contentType) ctx.addIssue({ code: "custom", message: "a PNG, JPEG or WebP picture" });
    else if (bytes.length > maxLogoBytes) ctx.addIssue({ code: "custom", message: `a logo of at most ${maxLogoBytes / 1024} kB` });
    return { bytes, contentType: contentType ?? "image/png" };
  });

export const setEventLogoInput = z.object({ slug, image: logoImage }).strict();
export type SetEventLogoInput = z.output<typeof setEventLogoInput>;

/**
 * Sets an event's logo: the picture, its digest on the event (the version in its address) and `config/changed`
 * naming `settings.logo`, in one transaction, so the phones and the booth screen show the new one when they re-read.
 */
export async function setEventLogo(db: Db, { slug: eventSlug, image }: SetEventLogoInput, changedBy: string) {
  const { bytes, contentType } = image;
  const digest = createHash("sha256").update(bytes).digest("hex");
  return changeLogo(db, eventSlug, changedBy, async (tx, eventId) => {
    await tx.eventLogo.upsert({ where: { eventId }, create: { eventId, contentType, bytes }, update: { contentType, bytes } });
    return digest;
  });
}

/** Takes an event's logo away (nothing to take is not an error: the event ends without one either way). */
export async function removeEventLogo(db: Db, input: { slug: string }, changedBy: string) {
  return changeLogo(db, input.slug, changedBy, async (tx, eventId) => {
    await tx.eventLogo.deleteMany({ where: { eventId } });
    return null;
  });
}

async function changeLogo(db: Db, eventSlug: string, changedBy: string, write: (tx: Prisma.TransactionClient, eventId: string) => Promise<string | null>) {
  const { event, stagedEventIds } = await db.$transaction(
    async (tx) => {
      const found = await tx.event.findUnique({ where: { slug: eventSlug }, select: { id: true } });
      if (!found) throw new NotFoundError(`There is no event "${eventSlug}"`);
      const logoDigest = await write(tx, found.id);
      const event = await tx.event.update({ where: { id: found.id }, data: { logoDigest } });
      const changed = await stageEvent(tx, "config/changed", {
        eventId: event.id,
        changed: ["settings.logo"],
        storeOpen: event.storeOpen,
        changedBy,
        changedAt: new Date().toISOString(),
      });
      return { event, stagedEventIds: [changed] };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
  await sendStagedEvents(db, { ids: stagedEventIds });
  return { logoDigest: event.logoDigest };
}

/** The current logo of an event by its address, with its digest; null when it has none. */
export async function readEventLogo(db: Db, eventSlug: string) {
  const event = await db.event.findUnique({ where: { slug: eventSlug }, select: { logoDigest: true, logo: { select: { contentType: true, bytes: true } } } });
  if (!event?.logo || !event.logoDigest) return null;
  return { contentType: event.logo.contentType, bytes: event.logo.bytes, digest: event.logoDigest };
}
