"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "../../../../trpc-client";
import type { Menu, MenuItem, OptionGroup } from "../types";
import styles from "./drink-form.module.css";

/** Chosen option ids by option group id. */
type Picks = Record<string, string[]>;

function defaultPicks(item: MenuItem): Picks {
  return Object.fromEntries(
    item.optionGroups.map((group) => {
      const defaults = group.options.filter((option) => option.isDefault && option.available).map((option) => option.id);
      const limit = group.selection === "SINGLE" ? 1 : (group.maxChoices ?? defaults.length);
      return [group.id, defaults.slice(0, limit)];
    }),
  );
}

/** Options sold out since they were picked no longer count as picked. */
function availablePicks(item: MenuItem, picks: Picks): Picks {
  return Object.fromEntries(
    item.optionGroups.map((group) => {
      const available = new Set(group.options.filter((option) => option.available).map((option) => option.id));
      return [group.id, (picks[group.id] ?? []).filter((id) => available.has(id))];
    }),
  );
}

type DrinkFormProps = { slug: string; orderId: string; initialMenu?: Menu; onSubmitted: () => Promise<unknown> };

/** The menu as a form: one drink, then its options; the server checks the choice again and says what is wrong. */
export function DrinkForm({ slug, orderId, initialMenu, onSubmitted }: DrinkFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Drinks sell out while people choose: re-read the menu now and then.
  const menuQuery = useQuery(trpc.event.menu.queryOptions({ slug }, { initialData: initialMenu, refetchInterval: 20_000 }));
  const [drinkId, setDrinkId] = useState<string | null>(null);
  const [picksByDrink, setPicksByDrink] = useState<Record<string, Picks>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useMutation(
    trpc.attendee.submitOrder.mutationOptions({
      onSuccess: () => onSubmitted(),
      onError: (error) => {
        if (error.data?.code === "BAD_REQUEST") void queryClient.invalidateQueries({ queryKey: trpc.event.menu.queryKey({ slug }) });
        else void onSubmitted();
      },
    }),
  );
  const ids = useId();

  const menu = menuQuery.data;
  if (!menu) {
    return menuQuery.error ? (
      <p role="alert" className="error">
        The menu did not load: {menuQuery.error.message}
      </p>
    ) : (
      <p>Loading the menu…</p>
    );
  }

  const drink = menu.find((item) => item.id === drinkId && item.available) ?? null;
  const picks = drink ? availablePicks(drink, picksByDrink[drink.id] ?? defaultPicks(drink)) : {};

  function pick(item: MenuItem, group: OptionGroup, optionIds: string[]) {
    setPicksByDrink((previous) => ({ ...previous, [item.id]: { ...(previous[item.id] ?? defaultPicks(item)), [group.id]: optionIds } }));
  }

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!drink) return setProblem("Please choose a drink.");
    const missing = drink.optionGroups.find((group) => group.required && (picks[group.id] ?? []).length === 0);
    if (missing) return setProblem(`Please choose a ${missing.name.toLowerCase()}.`);
    setProblem(null);
    submit.mutate({
      orderId,
      choice: { menuItemId: drink.id, choices: drink.optionGroups.map((group) => ({ groupId: group.id, optionIds: picks[group.id] ?? [] })) },
    });
  }

  const message = problem ?? submit.error?.message ?? null;
  return (
    <form className={styles.form} onSubmit={send} noValidate>
      <fieldset className={styles.group}>
        <legend>Drink</legend>
        <ul className={styles.choices}>
          {menu.map((item) => {
            const nameId = `${ids}-${item.id}-name`;
            const descriptionId = `${ids}-${item.id}-description`;
            return (
              <li key={item.id} className={`${styles.drink} ${drink?.id === item.id ? styles.chosen : ""}`}>
                <label className={styles.choice}>
                  <input
                    type="radio"
                    name="drink"
                    value={item.id}
                    checked={drink?.id === item.id}
                    disabled={!item.available}
                    onChange={() => setDrinkId(item.id)}
                    aria-labelledby={nameId}
                    aria-describedby={item.description ? descriptionId : undefined}
                  />
                  <span id={nameId} className={styles.drinkName}>
                    {item.name}
                    {!item.available && (
                      <>
                        {" "}
                        <span className="badge unavailable">Sold out</span>
                      </>
                    )}
                  </span>
                </label>
                {item.description && (
                  <p id={descriptionId} className={`hint ${styles.description}`}>
                    {item.description}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>

      {drink?.optionGroups.map((group) => (
        <OptionGroupField key={group.id} group={group} picked={picks[group.id] ?? []} onChange={(optionIds) => pick(drink, group, optionIds)} />
      ))}

      <div className={styles.send}>
        {message && (
          <p role="alert" className="error">
            {message}
          </p>
        )}
        <button type="submit" disabled={submit.isPending} className={styles.submit}>
          {submit.isPending ? "Placing your order…" : drink ? `Order ${drink.name}` : "Order your drink"}
        </button>
      </div>
    </form>
  );
}

function OptionGroupField({ group, picked, onChange }: { group: OptionGroup; picked: string[]; onChange: (optionIds: string[]) => void }) {
  const single = group.selection === "SINGLE";
  const full = !single && group.maxChoices !== null && picked.length >= group.maxChoices;
  // A single choice nobody has to make, with nothing picked by default, can be left empty again.
  const offerNone = single && !group.required && !group.options.some((option) => option.isDefault && option.available);
  const name = `group-${group.id}`;
  return (
    <fieldset className={styles.group}>
      <legend>
        {group.name}
        {group.required && <span className={styles.required}> (required)</span>}
      </legend>
      {!single && group.maxChoices !== null && <p className="hint">Choose up to {group.maxChoices}.</p>}
      <div className={styles.choices}>
        {offerNone && (
          <label className={styles.choice}>
            <input type="radio" name={name} checked={picked.length === 0} onChange={() => onChange([])} />
            <span>None</span>
          </label>
        )}
        {group.options.map((option) => {
          const checked = picked.includes(option.id);
          return (
            <label key={option.id} className={`${styles.choice} ${option.available ? "" : styles.unavailable}`}>
              <input
                type={single ? "radio" : "checkbox"}
                name={name}
                value={option.id}
                checked={checked}
                disabled={!option.available || (full && !checked)}
                onChange={(event) => {
                  if (single) onChange([option.id]);
                  else onChange(event.target.checked ? [...picked, option.id] : picked.filter((id) => id !== option.id));
                }}
              />
              <span>
                {option.name}
                {!option.available && " (not available)"}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
