import type { Metadata, Viewport } from "next";
import { getLocale } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Presso", template: "%s · Presso" },
  description: "Coffee ordering for conference booths: scan, order, watch your drink being made.",
  applicationName: "Presso",
  icons: {
    icon: [{ url: "/icons/favicon-32.png", sizes: "32x32", type: "image/png" }],
    apple: [{ url: "/icons/apple-touch-icon.png", sizes: "180x180" }],
  },
};

export const viewport: Viewport = { themeColor: "#0b7285", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next.js puts the request's CSP nonce (proxy.ts) on its scripts only when it
  // renders, and a page prerendered at build time would carry none and be blocked.
  await connection();
  return (
    // The request's language (app/i18n/request.ts): an event's pages speak the event's, e.g. pt-PT.
    <html lang={await getLocale()}>
      <body>
        {/* Client-side providers live in the segments that need them (admin, event screens), so that pages
            like sign-in ship no tRPC or realtime code. */}
        {children}
      </body>
    </html>
  );
}
