// Prints the event catalog as JSON Schema. Usage: npm run events:schema > catalog.schema.json
import { catalogAsJsonSchema } from "../server/events/json-schema";

console.log(JSON.stringify(catalogAsJsonSchema(), null, 2));
