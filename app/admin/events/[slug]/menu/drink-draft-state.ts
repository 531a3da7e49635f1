import type { inferRouterOutputs } from "@trpc/server";
import type { MenuItemDraft } from "@/server/services/config/menu-item-draft";
import type { AppRouter } from "@/server/trpc/root";

/**
 * The drink form's state and the plain moves on it (add, move, remove a group or an option; pick a default), kept
 * apart from the markup so they are tested on their own. A row keeps its server id, so a renamed group or option
 * keeps it too; `key` tells React rows apart, new ones included.
 */

export type OptionState = { key: string; id?: string; name: string; isDefault: boolean; available: boolean };
export type GroupState = {
  key: string;
  id?: string;
  name: string;
  selection: "SINGLE" | "MULTIPLE";
  required: boolean;
  /** As typed: blank means no maximum. */
  maxChoices: string;
  options: OptionState[];
};
export type DrinkState = {
  name: string;
  description: string;
  icon: string;
  station: "ESPRESSO_BAR" | "COLD_BAR";
  available: boolean;
  optionGroups: GroupState[];
};

/** A drink as the editor's menu query returns it. */
export type MenuItemView = inferRouterOutputs<AppRouter>["admin"]["menu"]["get"]["items"][number];

let lastKey = 0;
const newKey = () => `new-${++lastKey}`;

export const emptyDrink = (icon: string): DrinkState => ({ name: "", description: "", icon, station: "ESPRESSO_BAR", available: true, optionGroups: [] });
export const emptyOption = (): OptionState => ({ key: newKey(), name: "", isDefault: false, available: true });
export const emptyGroup = (): GroupState => ({ key: newKey(), name: "", selection: "SINGLE", required: false, maxChoices: "", options: [emptyOption()] });

export function stateOf(item: MenuItemView): DrinkState {
  return {
    name: item.name,
    description: item.description,
    icon: item.icon,
    station: item.station,
    available: item.available,
    optionGroups: item.optionGroups.map((group) => ({
      key: group.id,
      id: group.id,
      name: group.name,
      selection: group.selection,
      required: group.required,
      maxChoices: group.maxChoices === null ? "" : String(group.maxChoices),
      options: group.options.map((option) => ({ key: option.id, ...option })),
    })),
  };
}

/** What the server is sent: a maximum only for a multiple-choice group, and only when one is typed. */
export function draftOf(state: DrinkState): MenuItemDraft {
  return {
    name: state.name,
    description: state.description,
    icon: state.icon as MenuItemDraft["icon"],
    station: state.station,
    available: state.available,
    optionGroups: state.optionGroups.map((group) => {
      const max = group.maxChoices.trim();
      return {
        ...(group.id ? { id: group.id } : {}),
        name: group.name,
        selection: group.selection,
        required: group.required,
        ...(group.selection === "MULTIPLE" && max !== "" ? { maxChoices: Number(max) } : {}),
        options: group.options.map((option) => ({
          ...(option.id ? { id: option.id } : {}),
          name: option.name,
          isDefault: option.isDefault,
          available: option.available,
        })),
      };
    }),
  };
}

/** The list with the row at `index` swapped with its neighbour; the same list at either end. */
export function moved<T>(list: T[], index: number, direction: "up" | "down"): T[] {
  const to = direction === "up" ? index - 1 : index + 1;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** Ticks or unticks an option as a default; in a single-choice group, ticking one unticks the others. */
export function withDefault(group: GroupState, optionKey: string, isDefault: boolean): GroupState {
  return {
    ...group,
    options: group.options.map((option) => {
      if (option.key === optionKey) return { ...option, isDefault };
      return isDefault && group.selection === "SINGLE" ? { ...option, isDefault: false } : option;
    }),
  };
}

/** "flat-white" as a person reads it: "Flat white". */
export const iconLabel = (icon: string) => icon.charAt(0).toUpperCase() + icon.slice(1).replace(/-/g, " ");

export const stationLabels = { ESPRESSO_BAR: "Espresso bar", COLD_BAR: "Cold bar" } as const;
