import { orderLifecycle } from "./orders/order-lifecycle";
import { engineSelfTest } from "./engine/self-test";
import { recordEventInJournal } from "./journal/record-event";
import { publishConfigChange } from "./publisher/publish-config-change";
import { publishOrderEvent } from "./publisher/publish-order-event";

/** Every Inngest function of the app, served at /api/inngest. */
export const functions = [recordEventInJournal, engineSelfTest, publishConfigChange, publishOrderEvent, orderLifecycle];
