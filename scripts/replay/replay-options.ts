// The replay's command line: npm run replay -- --file day.jsonl --into <new-slug> --speed 1..100 [--url …] [--from <slug>]
import { z } from "zod";
import { slug } from "../../server/shared/event-slug";
import { numberBetween, parseFlags, serverUrl } from "../rush/cli-flags";

export const replayUsage = "usage: npm run replay -- --file <day.jsonl> --into <new-slug> [--speed 1..100] [--url http://127.0.0.1:3000] [--from <source-slug>]";

const replayFlags = z
  .object({
    file: z.string().min(1, "name the journal file (…/journal.jsonl from the figures page)"),
    into: slug,
    speed: numberBetween(1, 100).default(1),
    url: serverUrl.default("http://127.0.0.1:3000"),
    /** The event whose settings and menu the new one copies; by default the one the journal belongs to. */
    from: slug.optional(),
  })
  .strict();

export type ReplayOptions = z.infer<typeof replayFlags>;

export const parseReplayOptions = (argv: string[]): ReplayOptions => parseFlags(argv, replayFlags, replayUsage);
