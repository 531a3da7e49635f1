"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useTRPC } from "../../../trpc-client";

/** A new event like this one (settings, menu, staff roles; no orders), opened in the console once made. */
export function CloneEventForm({ from, name }: { from: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const clone = useMutation(trpc.admin.events.clone.mutationOptions({ onSuccess: (copy) => router.push(`/admin/events/${copy.slug}`) }));
  const errors = clone.error?.data?.zodError?.fieldErrors ?? {};

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    const form = new FormData(formEvent.currentTarget);
    clone.mutate({ from, slug: String(form.get("slug") ?? "").trim(), name: String(form.get("name") ?? "").trim() });
  }

  return (
    <form className="card stack" onSubmit={submit} aria-label="Clone event" noValidate>
      <p className="hint">Copies the settings, the whole menu and who works here in which role. Orders are not copied; the copy starts closed.</p>
      <label>
        Name
        <input name="name" required defaultValue={`${name} (copy)`} />
        {errors.name && <span className="error">{errors.name.join(", ")}</span>}
      </label>
      <label>
        Web address (slug)
        <input name="slug" required placeholder={`${from}-2`} />
        {errors.slug && <span className="error">{errors.slug.join(", ")}</span>}
      </label>
      {clone.error && !clone.error.data?.zodError && <p className="error">{clone.error.message}</p>}
      <button type="submit" disabled={clone.isPending}>
        Clone event
      </button>
    </form>
  );
}
