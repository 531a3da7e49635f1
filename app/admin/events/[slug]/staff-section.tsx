"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type FormEvent } from "react";
import type { AppRouter } from "@/server/trpc/root";
import { useTRPC } from "../../../trpc-client";
import { DataTable } from "../../data-table";
import { OnShift } from "./on-shift";
import { PairDevice } from "./pair-device";

type Staff = inferRouterOutputs<AppRouter>["admin"]["staff"]["list"];
type Shifts = inferRouterOutputs<AppRouter>["admin"]["staff"]["onShift"];

const roleNames = { BARISTA: "Barista", DISPLAY: "Booth screen" } as const;

/**
 * Who works at the event and as what: baristas make drinks and open the store, a booth screen shows the code and
 * the lists. Who is on shift now comes first; add someone by e-mail (with a name and password when they have no
 * account yet), change a role by adding again, remove with a confirming second tap.
 */
export function StaffSection({ slug, initialStaff, timeZone, initialOnShift }: { slug: string; initialStaff: Staff; timeZone: string; initialOnShift: Shifts }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const staff = useQuery({ ...trpc.admin.staff.list.queryOptions({ slug }), initialData: initialStaff }).data;
  const reread = () => queryClient.invalidateQueries({ queryKey: trpc.admin.staff.list.queryKey({ slug }) });
  const [formKey, setFormKey] = useState(0);
  const [removing, setRemoving] = useState<string | null>(null);
  const add = useMutation(
    trpc.admin.staff.add.mutationOptions({
      onSuccess: () => {
        setFormKey((key) => key + 1);
        return reread();
      },
    }),
  );
  const remove = useMutation(trpc.admin.staff.remove.mutationOptions({ onSettled: () => (setRemoving(null), reread()) }));
  const errors = add.error?.data?.zodError?.fieldErrors ?? {};
  const errorOf = (key: string) => errors[key] && <span className="error">{errors[key]!.join(", ")}</span>;

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    const form = new FormData(formEvent.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    const password = String(form.get("password") ?? "");
    add.mutate({
      slug,
      email: String(form.get("email") ?? "").trim(),
      role: form.get("role") === "DISPLAY" ? "DISPLAY" : "BARISTA",
      // A name and password create the account; without them the e-mail must already have one.
      newAccount: name || password ? { name, password } : undefined,
    });
  }

  return (
    <>
      <h3>On shift now</h3>
      <OnShift slug={slug} timeZone={timeZone} initial={initialOnShift} />
      <h3>Everyone on the staff</h3>
      <DataTable
        label="Staff"
        empty="Nobody works at this event yet: add a barista so the store can open."
        rows={staff}
        rowKey={(member) => member.userId}
        columns={[
          { header: "Name", cell: (member) => (<>{member.name}<div className="hint">{member.email}</div></>) },
          { header: "Role", cell: (member) => roleNames[member.role] },
          {
            header: "Remove",
            cell: (member) =>
              removing === member.userId ? (
                <span className="row">
                  <button type="button" disabled={remove.isPending} onClick={() => remove.mutate({ slug, userId: member.userId })}>
                    Remove {member.name}
                  </button>
                  <button type="button" className="secondary" onClick={() => setRemoving(null)}>
                    Keep
                  </button>
                </span>
              ) : (
                <button type="button" className="secondary" onClick={() => setRemoving(member.userId)} aria-label={`Remove ${member.name}…`}>
                  Remove…
                </button>
              ),
          },
        ]}
      />
      {remove.error && <p className="error">{remove.error.message}</p>}

      <form key={formKey} className="card stack" onSubmit={submit} aria-label="Add staff" noValidate>
        <label>
          E-mail
          <input name="email" type="email" required autoComplete="off" />
          {errorOf("email")}
        </label>
        <label>
          Role
          <select name="role" defaultValue="BARISTA">
            <option value="BARISTA">Barista: makes drinks, opens and closes the store</option>
            <option value="DISPLAY">Booth screen: shows the code and the lists</option>
          </select>
        </label>
        <fieldset className="stack">
          <legend>New account (only when this e-mail has none yet)</legend>
          <label>
            Name
            <input name="name" autoComplete="off" />
            {errorOf("newAccount.name")}
          </label>
          <label>
            Password
            <input name="password" type="password" autoComplete="new-password" />
            {errorOf("newAccount.password")}
          </label>
        </fieldset>
        {add.error && !add.error.data?.zodError && <p className="error">{add.error.message}</p>}
        <button type="submit" disabled={add.isPending}>
          Add to staff
        </button>
      </form>
      <PairDevice slug={slug} />
    </>
  );
}
