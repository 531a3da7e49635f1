"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TRPCClientErrorLike } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { channels } from "@/server/realtime/channels";
import type { AppRouter } from "@/server/trpc/root";
import { movedTo } from "@/server/shared/list-order";
import { useChannel } from "../../../../realtime/realtime-provider";
import { useTRPC } from "../../../../trpc-client";
import { useDragToReorder } from "../../../drag-to-reorder";
import { draftOf, emptyDrink, moved, stateOf, stationLabels, type DrinkState } from "./drink-draft-state";
import { DragHandle } from "./drag-handle";
import { DrinkEditorForm, type DrinkErrors } from "./drink-editor-form";
import styles from "./menu-editor.module.css";

type EditableMenu = inferRouterOutputs<AppRouter>["admin"]["menu"]["get"];
type Item = EditableMenu["items"][number];
type Failure = TRPCClientErrorLike<AppRouter> | null;

/** The server's messages for the drink's fields, by their path under the drink ("name", "optionGroups.0.name"). */
function drinkErrors(error: Failure): DrinkErrors {
  const fieldErrors = error?.data?.zodError?.fieldErrors ?? {};
  const errors: DrinkErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors)) if (path.startsWith("item.")) errors[path.slice("item.".length)] = messages;
  // A second drink of the same name is refused by the database's rule, not the schema: it belongs beside the name.
  if (error?.data?.code === "CONFLICT") errors.name = [error.message];
  return errors;
}

/** A failure no field explains (the drink was removed meanwhile, the network): shown above the form's buttons. */
function formFailure(error: Failure): string | null {
  if (!error || error.data?.code === "CONFLICT") return null;
  if (error.data?.zodError) return Object.keys(drinkErrors(error)).length > 0 ? "Check the fields marked above." : error.message;
  return error.message;
}

/**
 * The organiser's menu: every drink with its availability, order and options, edited in place. Each change is one
 * server call that announces itself (config/changed), so the board and the phones follow; this page follows
 * changes made elsewhere (a barista's sold-out switch, another organiser) the same way.
 */
export function MenuEditor({ initialMenu }: { initialMenu: EditableMenu }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const slug = initialMenu.event.slug;
  const menuQuery = useQuery({ ...trpc.admin.menu.get.queryOptions({ slug }), initialData: initialMenu });
  const { event, items } = menuQuery.data;
  const reread = () => queryClient.invalidateQueries({ queryKey: trpc.admin.menu.get.queryKey({ slug }) });
  useChannel(channels.board(event.id), (message) => message.name === "config.changed" && void reread(), () => void reread());

  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [confirmingRemoval, setConfirmingRemoval] = useState<string | null>(null);
  const [newFormKey, setNewFormKey] = useState(0);

  const settled = { onSettled: () => reread() };
  const add = useMutation(
    trpc.admin.menu.add.mutationOptions({
      ...settled,
      onSuccess: () => {
        setAdding(false);
        setNewFormKey((key) => key + 1);
      },
    }),
  );
  const update = useMutation(trpc.admin.menu.update.mutationOptions({ ...settled, onSuccess: () => setEditing(null) }));
  const remove = useMutation(trpc.admin.menu.remove.mutationOptions({ ...settled, onSuccess: () => setConfirmingRemoval(null) }));
  // A move shows at once; the re-read after it (or after a refusal) puts the server's order back on screen.
  const move = useMutation(
    trpc.admin.menu.move.mutationOptions({
      ...settled,
      onMutate: ({ menuItemId, direction }) => {
        const key = trpc.admin.menu.get.queryKey({ slug });
        queryClient.setQueryData(key, (menu) => {
          if (!menu) return menu;
          const index = menu.items.findIndex((item) => item.id === menuItemId);
          return index === -1 ? menu : { ...menu, items: moved(menu.items, index, direction) };
        });
      },
    }),
  );
  // A drop shows at once too; a stale drop (the menu changed meanwhile) is refused and the re-read shows the latest.
  const place = useMutation(
    trpc.admin.menu.place.mutationOptions({
      ...settled,
      onMutate: ({ menuItemId, position }) => {
        queryClient.setQueryData(trpc.admin.menu.get.queryKey({ slug }), (menu) => {
          if (!menu) return menu;
          const index = menu.items.findIndex((item) => item.id === menuItemId);
          return index === -1 ? menu : { ...menu, items: movedTo(menu.items, index, position) };
        });
      },
    }),
  );
  const drag = useDragToReorder((from, to) => {
    move.reset();
    place.mutate({ slug, menuItemId: items[from]!.id, position: to, seenOrder: items.map((item) => item.id) });
  });
  const setAvailability = useMutation(trpc.staff.setItemAvailability.mutationOptions(settled));
  const listFailure = remove.error ?? move.error ?? place.error ?? setAvailability.error;
  const busy = remove.isPending || move.isPending || place.isPending || setAvailability.isPending;
  const soldOut = event.storeOpen && !items.some((item) => item.available);

  function startEditing(item: Item) {
    update.reset();
    setEditing(item.id);
  }

  return (
    <>
      {soldOut && (
        <p className="error" role="alert">
          The store is open but no drink is available: attendees see everything sold out. Mark a drink available, or close the store on the board.
        </p>
      )}
      {listFailure && (
        <p className="error" role="alert">
          {listFailure.message}
        </p>
      )}
      {items.length === 0 && <p className="hint">No drinks yet. Add the first one below.</p>}
      {items.length > 1 && <p className="hint">Drag a drink by its handle to a new place, or use its Up and Down buttons.</p>}
      <ol className={`list ${styles.drinks}`} aria-label="Drinks">
        {drag.arranged(items).map((item) => {
          const index = items.indexOf(item);
          const dragged = drag.dragging?.from === index;
          return editing === item.id ? (
            <li key={item.id} ref={drag.rowRef(index)}>
              <DrinkEditorForm
                title={`Edit ${item.name}`}
                initial={stateOf(item)}
                submitLabel="Save drink"
                busy={update.isPending}
                errors={drinkErrors(update.error)}
                failure={formFailure(update.error)}
                onSubmit={(state: DrinkState) => update.mutate({ slug, menuItemId: item.id, item: draftOf(state) })}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={item.id} ref={drag.rowRef(index)} className={`card ${styles.drink} ${dragged ? styles.dragged : ""}`}>
              <div className={styles.drinkHead}>
                {items.length > 1 && <DragHandle label={`Drag ${item.name} to a new place`} handle={drag.handleProps(index)} disabled={busy} />}
                {/* eslint-disable-next-line @next/next/no-img-element -- a small static SVG; next/image adds nothing here */}
                <img src={`/drinks/${item.icon}.svg`} alt="" width={48} height={48} />
                <div>
                  <h2 className={styles.drinkName}>{item.name}</h2>
                  <p className="hint">
                    {stationLabels[item.station]}
                    {item.optionGroups.length > 0 && ` · ${item.optionGroups.map((group) => group.name).join(", ")}`}
                  </p>
                </div>
                <span className={`badge ${item.available ? "available" : "unavailable"}`}>{item.available ? "Available" : "Sold out"}</span>
              </div>
              {item.description && <p className={styles.description}>{item.description}</p>}
              <div className={styles.actions}>
                <label className={styles.check}>
                  <input
                    type="checkbox"
                    role="switch"
                    aria-label={`${item.name} available`}
                    checked={item.available}
                    disabled={busy}
                    onChange={(e) => setAvailability.mutate({ slug, menuItemId: item.id, available: e.target.checked })}
                  />
                  Available
                </label>
                <button type="button" className="small secondary" aria-label={`Edit ${item.name}`} onClick={() => startEditing(item)}>
                  Edit
                </button>
                <button type="button" className="small secondary" aria-label={`Move ${item.name} up`} disabled={busy || index === 0} onClick={() => move.mutate({ slug, menuItemId: item.id, direction: "up" })}>
                  Up
                </button>
                <button
                  type="button"
                  className="small secondary"
                  aria-label={`Move ${item.name} down`}
                  disabled={busy || index === items.length - 1}
                  onClick={() => move.mutate({ slug, menuItemId: item.id, direction: "down" })}
                >
                  Down
                </button>
                <button type="button" className="small secondary" aria-label={`Remove ${item.name}`} onClick={() => setConfirmingRemoval(item.id)}>
                  Remove
                </button>
              </div>
              {confirmingRemoval === item.id && (
                <div className={styles.confirm} role="group" aria-label={`Remove ${item.name}?`}>
                  <p>
                    Remove {item.name} from the menu? Orders already placed keep it; someone choosing it now is asked to pick another drink.
                    {item.available && items.filter((other) => other.available).length === 1 && event.storeOpen && " It is the last available drink: the booth will be sold out."}
                  </p>
                  <div className="row">
                    <button type="button" className="small" disabled={busy} onClick={() => remove.mutate({ slug, menuItemId: item.id })}>
                      Yes, remove {item.name}
                    </button>
                    <button type="button" className="small secondary" onClick={() => setConfirmingRemoval(null)}>
                      Keep it
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ol>

      {adding ? (
        <DrinkEditorForm
          key={newFormKey}
          title="New drink"
          initial={emptyDrink("latte")}
          submitLabel="Add drink"
          busy={add.isPending}
          errors={drinkErrors(add.error)}
          failure={formFailure(add.error)}
          onSubmit={(state) => add.mutate({ slug, item: draftOf(state) })}
          onCancel={() => {
            add.reset();
            setAdding(false);
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add a drink
        </button>
      )}
    </>
  );
}
