import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import de from "./messages/de.json";
import en from "./messages/en.json";
import es from "./messages/es.json";
import ja from "./messages/ja.json";
import pt from "./messages/pt.json";
import { catalogues, type Catalogue } from "./locale";

/**
 * Every catalogue says what English says: the same keys (nothing missing, nothing left over from a renamed key) and,
 * in each message, the same ICU arguments and rich-text tags, so no translation drops a count or a name, or needs
 * one the code does not pass. English is the source; tsc checks the code's keys against it (app-config.d.ts).
 */

const byCatalogue: Record<Catalogue, unknown> = { en, pt, es, de, ja };

type Flat = Record<string, string>;

function flatten(messages: unknown, prefix = ""): Flat {
  return Object.entries(messages as Record<string, unknown>).reduce<Flat>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? { ...flat, [path]: value } : { ...flat, ...flatten(value, path) };
  }, {});
}

/**
 * The arguments and tags (`<strong>`) of a message, by name. A translation may put a plain `{count}` into a plural
 * where its language needs one ("+{count, plural, …}"), so the kind of an argument is the translator's to choose.
 */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`);
      argumentsOf(element.children, found);
    }
  }
  return found;
}

const english = flatten(en);

describe("the catalogues", () => {
  it("are the five the request config loads", () => {
    expect(Object.keys(byCatalogue).sort()).toEqual([...catalogues].sort());
  });

  for (const catalogue of catalogues) {
    const messages = flatten(byCatalogue[catalogue]);

    it(`${catalogue} has exactly the keys of en.json`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    });

    it(`${catalogue} parses as ICU and uses the same arguments and tags as English in every message`, () => {
      for (const [key, source] of Object.entries(english)) {
        const translated = messages[key];
        if (translated === undefined) continue;
        const expected = [...argumentsOf(parse(source))].sort();
        expect([...argumentsOf(parse(translated))].sort(), `${catalogue}: ${key}`).toEqual(expected);
      }
    });

    it(`${catalogue} gives every plural an "other" case`, () => {
      const plurals = (elements: MessageFormatElement[]): boolean =>
        elements.every(
          (element) =>
            (element.type !== TYPE.plural || "other" in element.options) &&
            (element.type !== TYPE.plural && element.type !== TYPE.select ? true : Object.values(element.options).every((option) => plurals(option.value))) &&
            (element.type !== TYPE.tag || plurals(element.children)),
        );
      for (const [key, message] of Object.entries(messages)) expect(plurals(parse(message)), `${catalogue}: ${key}`).toBe(true);
    });
  }
});
