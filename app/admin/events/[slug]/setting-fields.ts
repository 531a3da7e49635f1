import { eventSettingsShape, type EventSettings } from "@/server/services/config/event-settings";

/**
 * Every limit and window of an event as the settings form shows it: a name, its unit, what it does in plain words,
 * and the bounds the server enforces (read from its schema, so the form and the server never disagree).
 */
export type SettingField = { key: keyof EventSettings; label: string; unit: string; explanation: string; min: number; max: number };

const described: Omit<SettingField, "min" | "max">[] = [
  {
    key: "qrRotationSeconds",
    label: "New code every",
    unit: "seconds",
    explanation: "How often the booth screen shows a new QR code. Phones scanning an old code are told to scan again.",
  },
  {
    key: "drinksPerCode",
    label: "Drinks per code",
    unit: "drinks",
    explanation: "How many orders one code can start. When they are used up, the screen says so until the next code.",
  },
  {
    key: "maxOpenOrders",
    label: "Open orders at the booth",
    unit: "orders",
    explanation: "Orders being chosen, waiting or being made at once. When the booth is this busy, a scan is asked to come back later.",
  },
  {
    key: "maxOpenOrdersPerAttendee",
    label: "Open orders per attendee",
    unit: "orders",
    explanation: "How many drinks one person can have on the way at the same time.",
  },
  {
    key: "maxOrdersPerAttendeePerDay",
    label: "Orders per attendee per day",
    unit: "orders",
    explanation: "Counted per day in the event's time zone.",
  },
  {
    key: "submitWindowSeconds",
    label: "Time to choose",
    unit: "seconds",
    explanation: "After scanning, how long an attendee has to choose and send a drink. Then the order ends and its drink goes back to the code.",
  },
  {
    key: "baristaWindowSeconds",
    label: "Time to make",
    unit: "seconds",
    explanation: "How long a sent order may wait to be made ready before it is timed out and the attendee is told.",
  },
  {
    key: "readyDisplaySeconds",
    label: "Ready list time",
    unit: "seconds",
    explanation: "How long a ready drink stays on the booth screen's Ready list.",
  },
];

export const settingFields: SettingField[] = described.map((field) => {
  const schema = eventSettingsShape[field.key];
  return { ...field, min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
});
