import type en from "./messages/en.json";

/**
 * Types every `t("…")` against the English catalogue: a missing key or argument fails `tsc`. The other catalogues
 * are checked against this one by catalogues.test.ts.
 */
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
  }
}
