"use client";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { drinkIcons, stations } from "@/server/services/config/menu-item-draft";
import { movedTo } from "@/server/shared/list-order";
import { useDragToReorder } from "../../../drag-to-reorder";
import { DragHandle } from "./drag-handle";
import {
  emptyGroup,
  emptyOption,
  iconLabel,
  moved,
  stationLabels,
  withDefault,
  type DrinkState,
  type GroupState,
  type OptionState,
} from "./drink-draft-state";
import styles from "./menu-editor.module.css";

/** Messages by field path ("name", "optionGroups.0.options.1.name"), as the server named them under `item.`. */
export type DrinkErrors = Record<string, string[] | undefined>;

type Props = {
  /** The form's name for assistive technology and its heading: "New drink", "Edit Latte". */
  title: string;
  initial: DrinkState;
  submitLabel: string;
  busy: boolean;
  errors: DrinkErrors;
  /** A message about the whole drink (a refusal that names no field). */
  failure: string | null;
  onSubmit(state: DrinkState): void;
  onCancel?(): void;
};

function FieldError({ messages, id }: { messages?: string[]; id: string }) {
  if (!messages || messages.length === 0) return null;
  return (
    <span className="error" id={id}>
      {messages.join(", ")}
    </span>
  );
}

/** A labelled field with the server's message beside it, tied to the input for screen readers. */
function useFieldError(errors: DrinkErrors, path: string) {
  const id = useId();
  const messages = errors[path];
  return { invalid: messages ? { "aria-invalid": true, "aria-describedby": id } : {}, error: <FieldError messages={messages} id={id} /> };
}

function TextField({ label, value, onChange, errors, path, multiline }: { label: string; value: string; onChange(value: string): void; errors: DrinkErrors; path: string; multiline?: boolean }) {
  const { invalid, error } = useFieldError(errors, path);
  // The message sits outside the label, so the field's name stays "Name" and the message is its description.
  return (
    <div className={styles.field}>
      <label>
        {label}
        {multiline ? (
          <textarea className={styles.textarea} value={value} rows={2} onChange={(e) => onChange(e.target.value)} {...invalid} />
        ) : (
          <input value={value} onChange={(e) => onChange(e.target.value)} {...invalid} />
        )}
      </label>
      {error}
    </div>
  );
}

function Check({ label, checked, onChange, switchRole }: { label: ReactNode; checked: boolean; onChange(checked: boolean): void; switchRole?: boolean }) {
  return (
    <label className={styles.check}>
      <input type="checkbox" role={switchRole ? "switch" : undefined} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

type Handle = Parameters<typeof DragHandle>[0]["handle"];

/** A drag handle, up, down and remove for one row of a list, named after the row ("Move Oat up"). */
function RowButtons({ name, index, count, onMove, onRemove, handle }: { name: string; index: number; count: number; onMove(direction: "up" | "down"): void; onRemove(): void; handle: Handle }) {
  return (
    <div className={styles.rowButtons}>
      {count > 1 && <DragHandle label={`Drag ${name} to a new place`} handle={handle} />}
      <button type="button" className="small secondary" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove("up")}>
        Up
      </button>
      <button type="button" className="small secondary" aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => onMove("down")}>
        Down
      </button>
      <button type="button" className="small secondary" aria-label={`Remove ${name}`} onClick={onRemove}>
        Remove
      </button>
    </div>
  );
}

function OptionRow({ option, index, group, groupPath, errors, onChange, onMove, onRemove, rowRef, handle, dragged }: {
  option: OptionState;
  index: number;
  group: GroupState;
  groupPath: string;
  errors: DrinkErrors;
  onChange(next: GroupState): void;
  onMove(direction: "up" | "down"): void;
  onRemove(): void;
  rowRef(element: HTMLElement | null): void;
  handle: Handle;
  dragged: boolean;
}) {
  const name = option.name.trim() || `option ${index + 1}`;
  const update = (change: Partial<OptionState>) => onChange({ ...group, options: group.options.map((o) => (o.key === option.key ? { ...o, ...change } : o)) });
  return (
    <li ref={rowRef} className={`${styles.option} ${dragged ? styles.dragged : ""}`}>
      <TextField label={`Option ${index + 1}`} value={option.name} onChange={(value) => update({ name: value })} errors={errors} path={`${groupPath}.options.${index}.name`} />
      <div className={styles.checks}>
        <Check label="Default" checked={option.isDefault} onChange={(checked) => onChange(withDefault(group, option.key, checked))} />
        <Check label="Available" checked={option.available} onChange={(checked) => update({ available: checked })} />
      </div>
      <RowButtons name={name} index={index} count={group.options.length} onMove={onMove} onRemove={onRemove} handle={handle} />
    </li>
  );
}

function GroupEditor({ group, index, count, errors, onChange, onMove, onRemove, rowRef, handle, dragged }: {
  group: GroupState;
  index: number;
  count: number;
  errors: DrinkErrors;
  onChange(next: GroupState): void;
  onMove(direction: "up" | "down"): void;
  onRemove(): void;
  rowRef(element: HTMLElement | null): void;
  handle: Handle;
  dragged: boolean;
}) {
  const path = `optionGroups.${index}`;
  const name = group.name.trim() || `group ${index + 1}`;
  const max = useFieldError(errors, `${path}.maxChoices`);
  const optionsError = useFieldError(errors, `${path}.options`);
  const setOptions = (options: OptionState[]) => onChange({ ...group, options });
  const dragOption = useDragToReorder((from, to) => setOptions(movedTo(group.options, from, to)));
  return (
    <fieldset ref={rowRef} className={`${styles.group} ${dragged ? styles.dragged : ""}`}>
      <legend>Option group: {name}</legend>
      <TextField label="Group name" value={group.name} onChange={(value) => onChange({ ...group, name: value })} errors={errors} path={`${path}.name`} />
      <label>
        Choice
        <select
          value={group.selection}
          onChange={(e) => {
            const selection = e.target.value as GroupState["selection"];
            // A single-choice group keeps its first default only: the rule the server checks.
            const firstDefault = group.options.find((option) => option.isDefault)?.key;
            const options = selection === "SINGLE" ? group.options.map((option) => ({ ...option, isDefault: option.key === firstDefault })) : group.options;
            onChange({ ...group, selection, options });
          }}
        >
          <option value="SINGLE">Single choice (pick one)</option>
          <option value="MULTIPLE">Multiple choice (pick several)</option>
        </select>
      </label>
      <Check label="Required" checked={group.required} onChange={(required) => onChange({ ...group, required })} />
      {group.selection === "MULTIPLE" && (
        <div className={styles.field}>
          <label>
            Most options a person may pick (blank: no limit)
            <input type="number" inputMode="numeric" min={1} max={20} value={group.maxChoices} onChange={(e) => onChange({ ...group, maxChoices: e.target.value })} {...max.invalid} />
          </label>
          {max.error}
        </div>
      )}
      <ol className={styles.options} aria-label={`Options of ${name}`}>
        {dragOption.arranged(group.options).map((option) => {
          const optionIndex = group.options.indexOf(option);
          return (
            <OptionRow
              key={option.key}
              option={option}
              index={optionIndex}
              group={group}
              groupPath={path}
              errors={errors}
              onChange={onChange}
              onMove={(direction) => setOptions(moved(group.options, optionIndex, direction))}
              onRemove={() => setOptions(group.options.filter((o) => o.key !== option.key))}
              rowRef={dragOption.rowRef(optionIndex)}
              handle={dragOption.handleProps(optionIndex)}
              dragged={dragOption.dragging?.from === optionIndex}
            />
          );
        })}
      </ol>
      {optionsError.error}
      <div className="row">
        <button type="button" className="small secondary" onClick={() => setOptions([...group.options, emptyOption()])}>
          Add an option to {name}
        </button>
        <RowButtons name={`${name} group`} index={index} count={count} onMove={onMove} onRemove={onRemove} handle={handle} />
      </div>
    </fieldset>
  );
}

/** A drink's form: its facts, its picture, and its option groups with their options, each reorderable. */
export function DrinkEditorForm({ title, initial, submitLabel, busy, errors, failure, onSubmit, onCancel }: Props) {
  const [drink, setDrink] = useState(initial);
  const set = (change: Partial<DrinkState>) => setDrink((current) => ({ ...current, ...change }));
  const setGroups = (optionGroups: GroupState[]) => set({ optionGroups });
  const headingId = useId();
  const icon = useFieldError(errors, "icon");
  const groupsError = useFieldError(errors, "optionGroups");
  const dragGroup = useDragToReorder((from, to) => setDrink((current) => ({ ...current, optionGroups: movedTo(current.optionGroups, from, to) })));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(drink);
  }

  return (
    <form className={`card stack ${styles.form}`} onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h2 id={headingId}>{title}</h2>
      <TextField label="Name" value={drink.name} onChange={(name) => set({ name })} errors={errors} path="name" />
      <TextField label="Description" value={drink.description} onChange={(description) => set({ description })} errors={errors} path="description" multiline />
      <fieldset className={styles.icons}>
        <legend>Picture</legend>
        {drinkIcons.map((name) => (
          <label key={name} className={styles.icon}>
            <input type="radio" name={`${headingId}-icon`} value={name} checked={drink.icon === name} onChange={() => set({ icon: name })} />
            {/* eslint-disable-next-line @next/next/no-img-element -- a small static SVG; next/image adds nothing here */}
            <img src={`/drinks/${name}.svg`} alt="" width={48} height={48} />
            <span>{iconLabel(name)}</span>
          </label>
        ))}
        {icon.error}
      </fieldset>
      <label>
        Station
        <select value={drink.station} onChange={(e) => set({ station: e.target.value as DrinkState["station"] })}>
          {stations.map((station) => (
            <option key={station} value={station}>
              {stationLabels[station]}
            </option>
          ))}
        </select>
      </label>
      <Check label="Available to order" checked={drink.available} onChange={(available) => set({ available })} switchRole />

      <h3>Option groups</h3>
      {drink.optionGroups.length === 0 && <p className="hint">No options: the drink is ordered as it is.</p>}
      {dragGroup.arranged(drink.optionGroups).map((group) => {
        const index = drink.optionGroups.indexOf(group);
        return (
          <GroupEditor
            key={group.key}
            group={group}
            index={index}
            count={drink.optionGroups.length}
            errors={errors}
            onChange={(next) => setGroups(drink.optionGroups.map((g) => (g.key === group.key ? next : g)))}
            onMove={(direction) => setGroups(moved(drink.optionGroups, index, direction))}
            onRemove={() => setGroups(drink.optionGroups.filter((g) => g.key !== group.key))}
            rowRef={dragGroup.rowRef(index)}
            handle={dragGroup.handleProps(index)}
            dragged={dragGroup.dragging?.from === index}
          />
        );
      })}
      {groupsError.error}
      <div className="row">
        <button type="button" className="secondary" onClick={() => setGroups([...drink.optionGroups, emptyGroup()])}>
          Add an option group
        </button>
      </div>

      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
