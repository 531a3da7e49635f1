"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { AppRouter } from "@/server/trpc/root";
import { useTRPC } from "../trpc-client";
import { ChoiceSelect } from "./choice-select";
import { DataTable } from "./data-table";
import type { ChoiceGroup } from "./zone-and-language-choices";
import { eventPaths } from "@/server/shared/event-paths";

type Events = inferRouterOutputs<AppRouter>["admin"]["events"]["list"];

/** Where a new event starts: a European booth in English, changed with the pickers. */
const newEventDefaults = { timeZone: "Europe/Lisbon", locale: "en-GB" };

export function EventsAdmin({ initialEvents, zones, languages }: { initialEvents: Events; zones: ChoiceGroup[]; languages: ChoiceGroup[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const events = useQuery({ ...trpc.admin.events.list.queryOptions(), initialData: initialEvents }).data;
  const [formKey, setFormKey] = useState(0);
  const create = useMutation(
    trpc.admin.events.create.mutationOptions({
      onSuccess: () => {
        setFormKey((k) => k + 1);
        return queryClient.invalidateQueries({ queryKey: trpc.admin.events.list.queryKey() });
      },
    }),
  );
  const fieldErrors = create.error?.data?.zodError?.fieldErrors ?? {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      slug: String(form.get("slug")),
      name: String(form.get("name")),
      timeZone: String(form.get("timeZone")),
      locale: String(form.get("locale")),
    });
  }

  return (
    <>
      <DataTable
        label="Events"
        rows={events}
        rowKey={(event) => event.id}
        columns={[
          {
            header: "Event",
            cell: (event) => (
              <>
                <Link href={`/admin/events/${event.slug}`}>{event.name}</Link>
                <div className="hint">
                  /{event.slug} · <Link href={eventPaths(event.slug).board}>Board</Link> ·{" "}
                  <Link href={eventPaths(event.slug).menuEditor} aria-label={`Menu of ${event.name}`}>
                    Menu
                  </Link>
                </div>
              </>
            ),
          },
          {
            header: "Where and when",
            cell: (event) => (
              <>
                {event.timeZone}
                <div className="hint">{event.locale}</div>
              </>
            ),
          },
          {
            header: "Limits",
            className: "hint",
            cell: (event) =>
              `${event.maxOpenOrders} open orders, ${event.drinksPerCode} drinks per ${event.qrRotationSeconds} s code, ${event.maxOrdersPerAttendeePerDay} a day per attendee`,
          },
          {
            header: "Store",
            cell: (event) => <span className={`badge ${event.storeOpen ? "open" : "closed"}`}>{event.storeOpen ? "Open" : "Closed"}</span>,
          },
        ]}
      />

      <h2>New event</h2>
      <form key={formKey} className="card stack" onSubmit={submit} aria-label="New event">
        <label>
          Name
          <input name="name" required placeholder="DevConf Lisbon" />
          {fieldErrors.name && <span className="error">{fieldErrors.name.join(", ")}</span>}
        </label>
        <label>
          Web address (slug)
          <input name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" placeholder="devconf-lisbon" />
          {fieldErrors.slug && <span className="error">{fieldErrors.slug.join(", ")}</span>}
        </label>
        <ChoiceSelect label="Time zone" name="timeZone" groups={zones} defaultValue={newEventDefaults.timeZone} errors={fieldErrors.timeZone} />
        <ChoiceSelect label="Language" name="locale" groups={languages} defaultValue={newEventDefaults.locale} errors={fieldErrors.locale} />
        {create.error && !create.error.data?.zodError && <p className="error">{create.error.message}</p>}
        <button type="submit" disabled={create.isPending}>
          Create event
        </button>
      </form>
    </>
  );
}
