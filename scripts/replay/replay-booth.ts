// The fresh event a replay plays into, made to the recording's measure: the source event's settings and menu
// (admin.events.clone), with every window divided by the speed so the booth's own timeouts and code rotations come
// at the recording's relative times; and how a recorded drink is ordered from the new event's menu (by names,
// since the copy's drinks and options have ids of their own).
import type { RecordedDrink } from "./replay-plan";

export type BoothSettings = { qrRotationSeconds: number; drinksPerCode: number; submitWindowSeconds: number; baristaWindowSeconds: number; readyDisplaySeconds: number };

/** The settings' lower bounds (event-settings.ts) stop a window short of its scaled length: the replay says so. */
export function scaledSettings(settings: BoothSettings, speed: number): BoothSettings {
  const scaled = (seconds: number, min: number) => Math.max(min, Math.round(seconds / speed));
  const qrRotationSeconds = scaled(settings.qrRotationSeconds, 30);
  // A window clamped at its minimum covers more of the recording: it holds as many more drinks.
  const recordedSecondsPerWindow = qrRotationSeconds * speed;
  const drinksPerCode = Math.min(500, Math.ceil((settings.drinksPerCode * recordedSecondsPerWindow) / settings.qrRotationSeconds));
  return {
    qrRotationSeconds,
    drinksPerCode,
    submitWindowSeconds: scaled(settings.submitWindowSeconds, 5),
    baristaWindowSeconds: scaled(settings.baristaWindowSeconds, 5),
    readyDisplaySeconds: scaled(settings.readyDisplaySeconds, 5),
  };
}

type Menu = { id: string; name: string; optionGroups: { id: string; name: string; options: { id: string; name: string }[] }[] }[];

/** The submit input for a recorded drink: every group of the drink named, with what was chosen in it (none: none). */
export function recordedChoice(menu: Menu, drink: RecordedDrink): { menuItemId: string; choices: { groupId: string; optionIds: string[] }[] } {
  const item = menu.find((candidate) => candidate.name === drink.name);
  if (!item) throw new Error(`"${drink.name}" is not on the new event's menu`);
  for (const option of drink.options) {
    if (!item.optionGroups.some((group) => group.name === option.group && group.options.some((o) => o.name === option.choice))) {
      throw new Error(`${drink.name} has no ${option.group} option "${option.choice}" on the new event's menu`);
    }
  }
  return {
    menuItemId: item.id,
    choices: item.optionGroups.map((group) => ({
      groupId: group.id,
      optionIds: drink.options.filter((option) => option.group === group.name).map((option) => group.options.find((o) => o.name === option.choice)!.id),
    })),
  };
}
