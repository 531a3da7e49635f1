import { engineSelfTest } from "./engine/self-test";
import { recordEventInJournal } from "./journal/record-event";

/** Every Inngest function of the app, served at /api/inngest. */
export const functions = [recordEventInJournal, engineSelfTest];
