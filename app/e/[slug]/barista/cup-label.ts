"use client";
import { useDeviceSetting } from "../../../device-setting";
import type { BoardOrder } from "./board-types";

/**
 * A label for the cup, printed through the browser's print dialog when a barista starts making a drink, on the
 * label roll this device's printer takes: 58 mm × 40 mm or 80 mm × 50 mm, the common thermal cup-label sizes. Off
 * unless the device turns it on: most booths write names on cups. The label itself is cup-label-print.tsx.
 */

export const labelRolls = ["OFF", "58", "80"] as const;
export type LabelRoll = (typeof labelRolls)[number];
export const labelRollKey = "presso:label-roll";
export const labelHeightMm: Record<Exclude<LabelRoll, "OFF">, number> = { "58": 40, "80": 50 };

export function useLabelRoll(): LabelRoll {
  return useDeviceSetting(labelRollKey, labelRolls, "OFF");
}

export type CupLabelJob = { order: BoardOrder; roll: Exclude<LabelRoll, "OFF">; requestedAt: number };
