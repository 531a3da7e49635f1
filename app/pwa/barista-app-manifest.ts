import { eventPaths } from "@/server/shared/event-paths";

/** The icons every Presso app installs with (public/icons, drawn by scripts/make-icons.ts). */
export const appIcons = [
  { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
  { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
  { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
] as const;

const presso = "#0b7285";

/**
 * The barista board as an installed app: it opens the event's board full screen, and its scope covers the
 * event's staff screens, so the booth screen opened from it stays in the app window.
 */
export function baristaAppManifest(event: { slug: string; name: string; brandColor: string }) {
  const paths = eventPaths(event.slug);
  return {
    id: paths.board,
    name: `${event.name}: barista board`,
    short_name: "Presso board",
    description: `Orders for ${event.name}: make, ready, picked up.`,
    start_url: paths.board,
    scope: paths.scope,
    display: "standalone",
    orientation: "any",
    background_color: "#ffffff",
    theme_color: /^#[0-9a-f]{6}$/i.test(event.brandColor) ? event.brandColor : presso,
    icons: appIcons,
  };
}
