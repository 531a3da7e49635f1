import type { useTranslations } from "next-intl";

/** The catalogue's words for problems ("Problems"), as useTranslations, getTranslations or createTranslator give them. */
export type ProblemWords = ReturnType<typeof useTranslations<"Problems">>;

/** A problem as the server sends it: a code and the values its sentence needs (server/errors.ts, ProblemCode). */
export type CodedProblem = { code: string; values?: Record<string, string | number> };

/**
 * What a person reads for a problem the server sent as a code: the catalogue's sentence for it, in the page's
 * language; a code the catalogue does not know (a newer server, an API-only error) gets the plain generic one.
 */
export function problemMessage(t: ProblemWords, problem: CodedProblem): string {
  // The code comes from the server as data, so it is checked at run time, not by the catalogue's types.
  const key = problem.code as "generic";
  return t.has(key) ? t(key, problem.values) : t("generic");
}
