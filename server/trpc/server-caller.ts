import "server-only";
import { createRequestContext } from "./context";
import { logUnexpectedError } from "./init";
import { createCaller } from "./root";

/** Procedures called from a server component, as the signed-in user of the current request. */
export async function serverCaller() {
  return createCaller(await createRequestContext(), { onError: logUnexpectedError });
}
