import { catalogAsJsonSchema } from "@/server/events/json-schema";

/** The event catalog as JSON Schema: public, it is the contract between services and holds no data. */
export function GET() {
  return Response.json(catalogAsJsonSchema(), { headers: { "Cache-Control": "public, max-age=300" } });
}
