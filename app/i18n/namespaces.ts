import type en from "./messages/en.json";

/** A catalogue's top-level section (one per screen or shared part): the unit ClientMessages sends to the browser. */
export type Namespace = keyof typeof en;
