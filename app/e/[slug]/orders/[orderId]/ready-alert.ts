"use client";
import { useEffect, useRef } from "react";
import { playReadyChime } from "../../../../chime";

/**
 * A ready drink the attendee cannot miss, even with the phone in a pocket or another tab in front: the moment the
 * order turns ready the phone vibrates (where it can) and chimes (once a tap on the page has let it play sound),
 * and while it stays ready the tab's title (`title`, in the event's language) and icon say so. Opening a page that is ready already changes the title
 * and icon only: there is nothing new to buzz about.
 */

const readyIcon =
  "data:image/svg+xml," +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#1f7a3a"/><path d="M9 16.5l5 5 9-10" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>');

/** Long-short-long: felt through a pocket, unlike a notification's single buzz. */
export const readyVibration = [400, 150, 400, 150, 600];

export function useReadyAlert(order: { status: string }, readyTitle: string) {
  const ready = order.status === "READY";
  const previous = useRef(order.status);

  useEffect(() => {
    const was = previous.current;
    previous.current = order.status;
    if (!ready || was === "READY" || was === order.status) return;
    navigator.vibrate?.(readyVibration);
    playReadyChime();
  }, [ready, order.status]);

  useEffect(() => {
    if (!ready) return;
    const title = document.title;
    const usualHref = new WeakMap<HTMLLinkElement, string>();
    const apply = () => {
      if (document.title !== readyTitle) document.title = readyTitle;
      for (const icon of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')) {
        const href = icon.getAttribute("href");
        if (href === readyIcon) continue;
        if (href !== null) usualHref.set(icon, href);
        icon.setAttribute("href", readyIcon);
      }
    };
    apply();
    // The page is re-read while it stays ready (a message, a reconnect), and Next.js then writes the page's own
    // title and icons back into the head: put the ready ones back each time, for as long as the drink waits.
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["href"] });
    return () => {
      observer.disconnect();
      document.title = title;
      for (const icon of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')) {
        const href = usualHref.get(icon);
        if (href !== undefined) icon.setAttribute("href", href);
      }
    };
  }, [ready, readyTitle]);
}
