"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";
import { eventPaths } from "@/server/shared/event-paths";
import { maxLogoBytes } from "@/server/shared/logo-size";
import { useTRPC } from "../../../../trpc-client";
import { shrinkLogo, toBase64 } from "./shrink-logo";

/**
 * The event's logo, shown on the attendee's page and the booth screen: pick any picture and it is shrunk here to a
 * small WebP before it is sent; the server checks it again. A new logo has a new address, so screens never show
 * an old one from their cache.
 */
export function LogoForm({ slug, name, initialDigest }: { slug: string; name: string; initialDigest: string | null }) {
  const trpc = useTRPC();
  const [digest, setDigest] = useState(initialDigest);
  const [problem, setProblem] = useState<string | null>(null);
  const [shrinking, setShrinking] = useState(false);
  const settled = { onSuccess: ({ logoDigest }: { logoDigest: string | null }) => setDigest(logoDigest), onError: (error: { message: string }) => setProblem(error.message) };
  const upload = useMutation(trpc.admin.events.setLogo.mutationOptions(settled));
  const remove = useMutation(trpc.admin.events.removeLogo.mutationOptions(settled));
  const busy = shrinking || upload.isPending || remove.isPending;

  async function pick(change: ChangeEvent<HTMLInputElement>) {
    const file = change.currentTarget.files?.[0];
    change.currentTarget.value = "";
    if (!file) return;
    setProblem(null);
    setShrinking(true);
    try {
      const logo = await shrinkLogo(file, maxLogoBytes).catch(() => null);
      if (!logo) return setProblem(`"${file.name}" could not be read as a picture, or not made small enough. Try a PNG, JPEG, WebP or SVG.`);
      upload.mutate({ slug, image: await toBase64(logo) });
    } finally {
      setShrinking(false);
    }
  }

  return (
    <div className="card">
      {digest ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small picture of the booth's own, already sized
        <img src={eventPaths(slug).logo(digest)} alt={`Logo of ${name}`} style={{ maxHeight: 96, maxWidth: "100%" }} />
      ) : (
        <p className="hint">No logo yet: the attendee&apos;s page and the booth screen show the event&apos;s name and colour.</p>
      )}
      <div className="row">
        <label>
          {digest ? "Replace the logo" : "Add a logo"}{" "}
          <input type="file" accept="image/png,image/jpeg,image/webp,image/svg+xml,image/gif" onChange={pick} disabled={busy} />
        </label>
        {digest && (
          <button type="button" className="secondary" disabled={busy} onClick={() => (setProblem(null), remove.mutate({ slug }))}>
            Remove the logo
          </button>
        )}
      </div>
      <p className="hint" aria-live="polite">
        {shrinking ? "Making it small…" : upload.isPending ? "Sending…" : "Any picture: it is shrunk to 512 px at most before it is sent."}
      </p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
