"use client";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type FormEvent } from "react";
import { problemMessage } from "../../../../i18n/problem-message";
import type { Menu, MenuItem, OptionGroup } from "../types";
import styles from "./drink-form.module.css";
import { submitDrink } from "./order-actions";

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

type DrinkFormProps = { orderId: string; menu: Menu; admitted: boolean };

/**
 * The menu as a form: one drink, then its options as chips (a drink fits on one screen), and the order button in a
 * bar that stays under the thumb. The server checks the choice again and says what is wrong; the page comes back
 * with the next state in the same answer. The choice survives a failed tap and a menu change (a sold-out option
 * drops out, the rest stays). The menu's names are the booth's own; the rest is in the event's language.
 */
export function DrinkForm({ orderId, menu, admitted }: DrinkFormProps) {
  const t = useTranslations("Order");
  const problems = useTranslations("Problems");
  const [drinkId, setDrinkId] = useState<string | null>(null);
  const [picksByDrink, setPicksByDrink] = useState<Record<string, Picks>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ids = useId();

  const drink = menu.find((item) => item.id === drinkId && item.available) ?? null;
  const picks = drink ? availablePicks(drink, picksByDrink[drink.id] ?? defaultPicks(drink)) : {};

  function pick(item: MenuItem, group: OptionGroup, optionIds: string[]) {
    setPicksByDrink((previous) => ({ ...previous, [item.id]: { ...(previous[item.id] ?? defaultPicks(item)), [group.id]: optionIds } }));
  }

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!drink) return setProblem(t("form.chooseDrink"));
    const missing = drink.optionGroups.find((group) => group.required && (picks[group.id] ?? []).length === 0);
    if (missing) return setProblem(t("form.chooseOption", { group: missing.name }));
    setProblem(null);
    const choice = { menuItemId: drink.id, choices: drink.optionGroups.map((group) => ({ groupId: group.id, optionIds: picks[group.id] ?? [] })) };
    startTransition(async () => {
      try {
        const refused = await submitDrink(orderId, choice);
        setProblem(refused ? problemMessage(problems, refused) : null);
      } catch {
        setProblem(t("form.unreachable"));
      }
    });
  }

  return (
    <form className={styles.form} onSubmit={send} noValidate>
      <fieldset className={styles.group}>
        <legend>{t("drink")}</legend>
        <ul className={styles.drinks}>
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
                  <span className={styles.drinkText}>
                    <span id={nameId} className={styles.drinkName}>
                      {item.name}
                      {!item.available && (
                        <>
                          {" "}
                          <span className="badge unavailable">{t("form.soldOut")}</span>
                        </>
                      )}
                    </span>
                    {item.description && (
                      <span id={descriptionId} className={`hint ${styles.description}`}>
                        {item.description}
                      </span>
                    )}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      {drink?.optionGroups.map((group) => (
        <OptionGroupField key={group.id} group={group} picked={picks[group.id] ?? []} onChange={(optionIds) => pick(drink, group, optionIds)} />
      ))}

      <div className={styles.send}>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        <button type="submit" disabled={pending || !admitted} className={styles.submit}>
          {!admitted ? t("form.checking") : pending ? t("form.placing") : drink ? t("form.orderDrink", { drink: drink.name }) : t("form.orderYourDrink")}
        </button>
      </div>
    </form>
  );
}

/** One option group as a row of chips: radios for one choice, checkboxes for several; native inputs underneath. */
function OptionGroupField({ group, picked, onChange }: { group: OptionGroup; picked: string[]; onChange: (optionIds: string[]) => void }) {
  const t = useTranslations("Order.form");
  const single = group.selection === "SINGLE";
  const full = !single && group.maxChoices !== null && picked.length >= group.maxChoices;
  // A single choice nobody has to make, with nothing picked by default, can be left empty again.
  const offerNone = single && !group.required && !group.options.some((option) => option.isDefault && option.available);
  const name = `group-${group.id}`;
  return (
    <fieldset className={styles.group}>
      <legend>
        {group.name}
        {group.required && <span className={styles.required}>{t("required")}</span>}
        {!single && group.maxChoices !== null && <span className={styles.limit}>{t("upTo", { count: group.maxChoices })}</span>}
      </legend>
      <div className={styles.chips}>
        {offerNone && (
          <label className={styles.chip}>
            <input type="radio" name={name} checked={picked.length === 0} onChange={() => onChange([])} />
            <span>{t("none")}</span>
          </label>
        )}
        {group.options.map((option) => {
          const checked = picked.includes(option.id);
          return (
            <label key={option.id} className={`${styles.chip} ${option.available ? "" : styles.unavailable}`}>
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
              <span>{option.available ? option.name : t("optionSoldOut", { option: option.name })}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
