"use client";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { AppRouter } from "@/server/trpc/root";
import { useTRPC } from "../../../trpc-client";
import { ChoiceSelect } from "../../choice-select";
import type { ChoiceGroup } from "../../zone-and-language-choices";
import { settingFields } from "./setting-fields";

type EventSettings = inferRouterOutputs<AppRouter>["admin"]["events"]["get"];
type Changes = Partial<Omit<EventSettings, "id" | "slug" | "storeOpen">>;

/** What the form holds that differs from the saved event: only those are sent, and named in config/changed. */
function changesOf(form: FormData, event: EventSettings): Changes {
  const changes: Record<string, string | number> = {};
  for (const key of ["name", "brandColor", "timeZone", "locale"] as const) {
    const value = String(form.get(key) ?? "");
    if (value !== event[key]) changes[key] = value;
  }
  for (const { key } of settingFields) {
    const value = Number(form.get(key));
    if (value !== event[key]) changes[key] = value;
  }
  return changes as Changes;
}

/**
 * An event's name, colour, clock, language and every limit, each with its unit and what it does. Only what changed
 * is sent; the server's message for a field shows beside it. The board, the booth screen and the phones follow at
 * once (config/changed).
 */
export function EventSettingsForm({ event, zones, languages }: { event: EventSettings; zones: ChoiceGroup[]; languages: ChoiceGroup[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState("");
  const update = useMutation(
    trpc.admin.events.updateSettings.mutationOptions({
      onMutate: () => setSaved(""),
      onSuccess: (_, { changes }) => {
        setSaved(`Saved: ${Object.keys(changes).length} ${Object.keys(changes).length === 1 ? "setting" : "settings"} changed.`);
        router.refresh();
      },
    }),
  );
  const errors = update.error?.data?.zodError?.fieldErrors ?? {};
  const errorOf = (key: string) => errors[`changes.${key}`];

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    const changes = changesOf(new FormData(formEvent.currentTarget), event);
    if (Object.keys(changes).length === 0) {
      update.reset();
      setSaved("Nothing to save: no setting was changed.");
      return;
    }
    update.mutate({ slug: event.slug, changes });
  }

  return (
    <form className="card stack" onSubmit={submit} aria-label="Event settings" noValidate>
      <label>
        Name
        <input name="name" required defaultValue={event.name} aria-invalid={errorOf("name") ? true : undefined} />
        {errorOf("name") && <span className="error">{errorOf("name")!.join(", ")}</span>}
      </label>
      <label>
        Brand colour
        <input name="brandColor" type="color" defaultValue={event.brandColor} />
        {errorOf("brandColor") && <span className="error">{errorOf("brandColor")!.join(", ")}</span>}
      </label>
      <ChoiceSelect label="Time zone" name="timeZone" groups={zones} defaultValue={event.timeZone} errors={errorOf("timeZone")} />
      <ChoiceSelect label="Language" name="locale" groups={languages} defaultValue={event.locale} errors={errorOf("locale")} />
      {settingFields.map((field) => (
        <label key={field.key}>
          {field.label} ({field.unit})
          <input
            name={field.key}
            type="number"
            inputMode="numeric"
            min={field.min}
            max={field.max}
            step={1}
            required
            defaultValue={event[field.key]}
            aria-describedby={`${field.key}-explained`}
            aria-invalid={errorOf(field.key) ? true : undefined}
          />
          <span id={`${field.key}-explained`} className="hint">
            {field.explanation} From {field.min} to {field.max}.
          </span>
          {errorOf(field.key) && <span className="error">{errorOf(field.key)!.join(", ")}</span>}
        </label>
      ))}
      {update.error && !update.error.data?.zodError && <p className="error">{update.error.message}</p>}
      {update.error?.data?.zodError && <p className="error">Some settings were not saved: see the messages above.</p>}
      <p role="status" className="hint">
        {saved}
      </p>
      <button type="submit" disabled={update.isPending}>
        Save settings
      </button>
    </form>
  );
}
