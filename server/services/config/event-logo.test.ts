import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { databaseWithEventSink } from "../../testing/event-sink";
import { testJpeg, testPng, testWebp } from "../../testing/pictures";
import { cloneEvent } from "./clone-event";
import { createEvent } from "./create-event";
import { maxLogoBytes } from "../../shared/logo-size";
import { readEventLogo, removeEventLogo, setEventLogo, setEventLogoInput, sniffLogoType } from "./event-logo";

const setup = databaseWithEventSink();
const db = () => setup.database.prisma;

const png = testPng();
const jpeg = testJpeg();
const webp = testWebp();
const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
/** What the API hands the service: the upload as parsed at the edge. */
const logoInput = (slug: string, bytes: Uint8Array) => setEventLogoInput.parse({ slug, image: base64(bytes) });
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const logoChanges = async (eventId: string) =>
  (await setup.events.sent("config/changed")).filter((e) => e.eventId === eventId && (e.changed as string[]).includes("settings.logo"));

describe("an event's logo", () => {
  it("tells pictures by their first bytes, never SVG", () => {
    expect(sniffLogoType(png)).toBe("image/png");
    expect(sniffLogoType(jpeg)).toBe("image/jpeg");
    expect(sniffLogoType(webp)).toBe("image/webp");
    expect(sniffLogoType(svg)).toBeNull();
    expect(sniffLogoType(new Uint8Array())).toBeNull();
    // Bytes that only start like a picture, or a file cut short, are not one.
    expect(sniffLogoType(png.subarray(0, 16))).toBeNull();
    expect(sniffLogoType(Uint8Array.from([...png.subarray(0, 8), ...png.subarray(0, 8), ...png.subarray(16)]))).toBeNull();
    expect(sniffLogoType(jpeg.subarray(0, jpeg.length - 1))).toBeNull();
    expect(sniffLogoType(webp.subarray(0, webp.length - 1))).toBeNull();
    expect(sniffLogoType(testPng(5000, 10))).toBeNull();
    // Two pictures glued together, or anything after a picture's end, are not one picture (found by the
    // hostile-input table: a PNG repeated a hundred times was taken).
    expect(sniffLogoType(Uint8Array.from([...png, ...png]))).toBeNull();
    expect(sniffLogoType(Uint8Array.from([...jpeg, ...jpeg]))).toBeNull();
    expect(sniffLogoType(Uint8Array.from([...png, 0x3c, 0x73, 0x76, 0x67, 0x3e]))).toBeNull();
  });

  it("keeps the picture, puts its digest on the event and tells the screens", async () => {
    const event = await createEvent(db(), { slug: "logo-set", name: "Logo", timeZone: "UTC", locale: "en" });
    expect(await setEventLogo(db(), logoInput("logo-set", png), "olga")).toEqual({ logoDigest: sha256(png) });
    const logo = await readEventLogo(db(), "logo-set");
    expect(logo).toMatchObject({ contentType: "image/png", digest: sha256(png) });
    expect(Array.from(logo!.bytes)).toEqual(Array.from(png));
    expect(await logoChanges(event.id)).toHaveLength(1);

    // A new picture is a new version; taking it away leaves the event without one.
    await setEventLogo(db(), logoInput("logo-set", webp), "olga");
    expect(await readEventLogo(db(), "logo-set")).toMatchObject({ contentType: "image/webp", digest: sha256(webp) });
    await removeEventLogo(db(), { slug: "logo-set" }, "olga");
    expect(await readEventLogo(db(), "logo-set")).toBeNull();
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).logoDigest).toBeNull();
    expect(await logoChanges(event.id)).toHaveLength(3);
  });

  it("checks the upload at the edge: base64 of a PNG, JPEG or WebP of at most 40 kB", () => {
    const problemOf = (image: string) => setEventLogoInput.safeParse({ slug: "demo", image }).error?.issues.map((issue) => issue.message);
    expect(problemOf(base64(svg))).toEqual(["a PNG, JPEG or WebP picture"]);
    // A whole PNG one byte too large: its header chunk, one data chunk filling the rest, its end chunk.
    const small = testPng();
    const padded = new Uint8Array(maxLogoBytes + 1);
    padded.set(small.subarray(0, 33));
    new DataView(padded.buffer).setUint32(33, padded.length - 33 - 12 - 12);
    padded.set(Buffer.from("IDAT", "latin1"), 37);
    padded.set(small.subarray(33), padded.length - 12);
    expect(sniffLogoType(padded)).toBe("image/png");
    expect(problemOf(base64(padded))).toEqual(["a logo of at most 40 kB"]);
    expect(problemOf(base64(new Uint8Array(maxLogoBytes + 3)))).toEqual(["a logo of at most 40 kB"]);
    expect(problemOf("not base64!")).toEqual(["the picture's bytes in base64"]);
    expect(problemOf(base64(png))).toBeUndefined();
  });

  it("changes nothing for an event that does not exist", async () => {
    await expect(setEventLogo(db(), logoInput("no-such-event", png), "olga")).rejects.toThrow('There is no event "no-such-event"');
    expect(await readEventLogo(db(), "no-such-event")).toBeNull();
  });

  it("goes with the event when it is cloned", async () => {
    await createEvent(db(), { slug: "logo-source", name: "Source", timeZone: "UTC", locale: "en" });
    await setEventLogo(db(), logoInput("logo-source", jpeg), "olga");
    await cloneEvent(db(), { from: "logo-source", slug: "logo-copy", name: "Copy" });
    expect(await readEventLogo(db(), "logo-copy")).toMatchObject({ contentType: "image/jpeg", digest: sha256(jpeg) });
  });
});
