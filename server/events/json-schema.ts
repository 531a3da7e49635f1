import { z } from "zod";
import { catalog } from "./catalog";

/** The catalog as JSON Schema (draft 2020-12), for `GET /api/events/catalog` and `npm run events:schema`. */
export function catalogAsJsonSchema() {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Presso event catalog",
    events: catalog.map((definition) => ({
      name: definition.name,
      version: definition.version,
      description: definition.description,
      producer: definition.producer,
      consumers: definition.consumers,
      data: z.toJSONSchema(definition.schema),
    })),
  };
}
