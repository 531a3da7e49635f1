import { z } from "zod";

/**
 * Free text a person typed (a drink's name, a reason for cancelling): what reaches the database and other people's
 * screens is trimmed, in one Unicode form, within its length, and free of what no keyboard types but an attacker
 * can send: control characters (a NUL makes PostgreSQL refuse the whole statement), an unpaired surrogate (stored
 * as "�"), and the direction overrides and line separators that rewrite how the rest of a line reads.
 */

export type TextOptions = {
  /** Fewest characters once trimmed (default 1: text may not be blank). */
  min?: number;
  max: number;
  /** Newlines and tabs are kept (a description); elsewhere they are refused like any control character. */
  multiline?: boolean;
  /** What to say when the text is shorter than `min` (default: "use at least N characters"). */
  tooShort?: string;
};

// \p{Cc}: C0 controls (NUL included), DEL and C1 controls. U+2028/2029 end a line in JavaScript and some
// displays; U+202A–202E and U+2066–2069 are the bidirectional embeddings, overrides and isolates.
const unprintable = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const unprintableButLines = /(?![\n\t])[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

export const controlCharacterMessage = "cannot contain control characters";
export const brokenCharacterMessage = "contains a broken character";

/** Whether a string holds nothing `text()` refuses beyond its length: no control character, no unpaired surrogate. */
export function isPrintable(value: string, options: { multiline?: boolean } = {}): boolean {
  return value.isWellFormed() && !hasControlCharacters(value, options.multiline ?? false);
}

function hasControlCharacters(value: string, multiline: boolean) {
  return (multiline ? unprintableButLines : unprintable).test(value);
}

export function text({ min = 1, max, multiline = false, tooShort }: TextOptions) {
  return z
    .string()
    .refine((value) => value.isWellFormed(), brokenCharacterMessage)
    .transform((value) => {
      const normalised = value.normalize("NFC");
      // A pasted Windows line end is a line end, not a stray control character.
      return (multiline ? normalised.replace(/\r\n?/g, "\n") : normalised).trim();
    })
    .pipe(
      z
        .string()
        .min(min, tooShort ?? (min === 1 ? "cannot be blank" : `use at least ${min} characters`))
        .max(max, `use at most ${max} characters`)
        .refine((value) => !hasControlCharacters(value, multiline), controlCharacterMessage),
    );
}
