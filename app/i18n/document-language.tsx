"use client";
import { useLocale } from "next-intl";
import { useEffect } from "react";

/**
 * Keeps `<html lang>` right after a navigation inside the app: the root layout sets it on a full load, but a link
 * from an English page to a Portuguese board keeps the root layout, and screen readers would read Portuguese with
 * English sounds.
 */
export function DocumentLanguage() {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
