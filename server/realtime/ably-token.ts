import * as Ably from "ably";
import type { Capability } from "./policy";

/**
 * An Ably token request for one user: signed locally with the server's key (no network), carrying the user's
 * client id and exactly the capability the policy gave them. The browser exchanges it with Ably for a token.
 */
export function createAblyTokenRequest(apiKey: string, clientId: string, capability: Capability): Promise<Ably.TokenRequest> {
  const rest = new Ably.Rest({ key: apiKey, queryTime: false });
  return rest.auth.createTokenRequest({ clientId, capability: JSON.stringify(capability), ttl: 60 * 60 * 1000 });
}
