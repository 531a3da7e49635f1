import { orderLifecycle } from "./orders/order-lifecycle";
import { engineSelfTest } from "./engine/self-test";
import { recordEventInJournal } from "./journal/record-event";
import { recordMetrics } from "./metrics/record-metrics";
import { publishEventToScreens } from "./publisher/publish-event";
import { returnRefusedDrink } from "./qr/return-refused-drink";

/** Every Inngest function of the app, served at /api/inngest. */
export const functions = [recordEventInJournal, engineSelfTest, publishEventToScreens, orderLifecycle, returnRefusedDrink, recordMetrics];
