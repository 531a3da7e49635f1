import { z } from "zod";
import { id } from "../../validation/id";
import { text } from "../../validation/text";

/**
 * A drink as the organiser writes it: its facts, option groups and options in menu order. Browser-safe (zod only),
 * so the menu editor checks a form with the very rules the server applies and shows each message beside its field.
 */

/** The drink pictures in public/drinks (drink-icons.test.ts keeps this list and the files in step). */
export const drinkIcons = [
  "espresso",
  "americano",
  "flat-white",
  "cappuccino",
  "latte",
  "mocha",
  "cortado",
  "iced-latte",
  "cold-brew",
  "hot-chocolate",
  "matcha",
  "tea",
] as const;

export const stations = ["ESPRESSO_BAR", "COLD_BAR"] as const;

const optionDraft = z.object({
  // Present for an option already on the menu: a renamed option keeps its id, so a phone's open form still matches.
  id: id.optional(),
  name: text({ max: 40 }),
  isDefault: z.boolean().default(false),
  available: z.boolean().default(true),
});

const optionGroupDraft = z
  .object({
    id: id.optional(),
    name: text({ max: 40 }),
    selection: z.enum(["SINGLE", "MULTIPLE"]),
    required: z.boolean().default(false),
    maxChoices: z.number().int().min(1).max(20).optional(),
    options: z.array(optionDraft).min(1, "add at least one option").max(20, "use at most 20 options"),
  })
  .superRefine((group, context) => {
    const defaults = group.options.filter((option) => option.isDefault).length;
    if (group.selection === "SINGLE" && group.maxChoices !== undefined) {
      context.addIssue({ code: "custom", path: ["maxChoices"], message: "only a multiple-choice group has a maximum" });
    }
    if (group.selection === "SINGLE" && defaults > 1) {
      context.addIssue({ code: "custom", path: ["options"], message: "a single-choice group has one default at most" });
    }
    if (group.selection === "MULTIPLE" && group.maxChoices !== undefined && defaults > group.maxChoices) {
      context.addIssue({ code: "custom", path: ["options"], message: `at most ${group.maxChoices} options can be defaults (the maximum)` });
    }
    group.options.forEach((option, index) => {
      if (group.options.findIndex((other) => other.name.toLowerCase() === option.name.toLowerCase()) !== index) {
        context.addIssue({ code: "custom", path: ["options", index, "name"], message: `there is already an option called "${option.name}"` });
      }
    });
  });

export const menuItemDraft = z
  .object({
    name: text({ max: 60 }),
    description: text({ min: 0, max: 200, multiline: true }).default(""),
    icon: z.enum(drinkIcons, "choose one of the drink pictures"),
    station: z.enum(stations).default("ESPRESSO_BAR"),
    available: z.boolean().default(true),
    optionGroups: z.array(optionGroupDraft).max(10, "use at most 10 option groups").default([]),
  })
  .superRefine((item, context) => {
    item.optionGroups.forEach((group, index) => {
      if (item.optionGroups.findIndex((other) => other.name.toLowerCase() === group.name.toLowerCase()) !== index) {
        context.addIssue({ code: "custom", path: ["optionGroups", index, "name"], message: `there is already a group called "${group.name}"` });
      }
    });
  });
export type MenuItemDraft = z.input<typeof menuItemDraft>;
export type ParsedMenuItemDraft = z.output<typeof menuItemDraft>;
