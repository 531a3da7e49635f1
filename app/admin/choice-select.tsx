import type { ChoiceGroup } from "./zone-and-language-choices";

/**
 * A labelled drop-down of grouped choices (the phone's own picker on mobile, type-to-find on a keyboard), with the
 * server's message for the field beside it. Markup only: server pages and client forms both use it.
 */
export function ChoiceSelect({
  label,
  name,
  groups,
  defaultValue,
  errors,
}: {
  label: string;
  name: string;
  groups: ChoiceGroup[];
  defaultValue: string;
  errors?: string[];
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={defaultValue} required aria-invalid={errors ? true : undefined}>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {errors && <span className="error">{errors.join(", ")}</span>}
    </label>
  );
}
