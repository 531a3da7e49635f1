/**
 * Turns whatever picture an organiser picks (a 5 MB photo, an SVG from the design team) into a logo the booth keeps:
 * at most `largestSide` px on its longer side and at most `maxBytes`, as WebP where the browser can write it. Trying
 * smaller sizes and lower qualities in turn, the first that fits wins. An SVG is drawn to pixels here, so its
 * scripts never reach the server.
 */
export type ShrinkTry = { side: number; type: "image/webp" | "image/jpeg"; quality: number };

/** The tries in order: best first; WebP keeps transparency, JPEG is where a browser cannot write WebP. */
export function shrinkTries(largestSide = 512): ShrinkTry[] {
  const tries: ShrinkTry[] = [];
  for (let side = largestSide; side >= 128; side = Math.floor(side / 2)) {
    for (const quality of [0.9, 0.75, 0.6]) tries.push({ side, type: "image/webp", quality });
    tries.push({ side, type: "image/jpeg", quality: 0.8 });
  }
  return tries;
}

/** The picture's size scaled to fit `side` on its longer side, never enlarged, never below one pixel. */
export function fitWithin(width: number, height: number, side: number): { width: number; height: number } {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Draws the file at each try in turn and returns the first encoding that fits, or null if none does. */
export async function shrinkLogo(file: Blob, maxBytes: number): Promise<Blob | null> {
  const picture = await loadPicture(file);
  for (const attempt of shrinkTries()) {
    const { width, height } = fitWithin(picture.width, picture.height, attempt.side);
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    canvas.getContext("2d")!.drawImage(picture.source, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, attempt.type, attempt.quality));
    // A browser that cannot write WebP hands back a PNG: kept too, if it fits.
    if (blob && blob.size <= maxBytes) return blob;
  }
  return null;
}

/** An <img> decodes every format the browser shows, SVG included (createImageBitmap does not take SVG everywhere). */
async function loadPicture(file: Blob): Promise<{ source: HTMLImageElement; width: number; height: number }> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    // An SVG without width and height has no natural size: draw it as a square of the largest side.
    return { source: image, width: image.naturalWidth || 512, height: image.naturalHeight || 512 };
  } finally {
    // The decoded picture stays drawable after its address is let go.
    URL.revokeObjectURL(url);
  }
}

/** A blob's bytes as base64, as the API takes them. */
export async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
