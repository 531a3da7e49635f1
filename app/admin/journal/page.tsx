import type { Metadata } from "next";
import { serverCaller } from "@/server/trpc/server-caller";
import { OrganiserPage } from "../organiser-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Event journal" };

export default async function JournalPage({ searchParams }: { searchParams: Promise<{ slug?: string; orderId?: string }> }) {
  const { slug = "demo", orderId } = await searchParams;
  return (
    <OrganiserPage path={`/admin/journal?slug=${slug}`} title="Event journal">
      {async () => {
        const caller = await serverCaller();
        const entries = orderId ? await caller.journal.forOrder({ orderId }) : await caller.journal.forEvent({ slug });
        return entries.length === 0 ? (
          <p className="hint">Nothing recorded yet.</p>
        ) : (
          <table aria-label="Journal">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Event</th>
                <th scope="col">From</th>
                <th scope="col">Data</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.occurredAt.toISOString().replace("T", " ").slice(0, 19)}</td>
                  <td>
                    {entry.name} <span className="hint">v{entry.version}</span>
                  </td>
                  <td>{entry.source}</td>
                  <td>
                    <code style={{ fontSize: "0.85rem", wordBreak: "break-all" }}>{JSON.stringify(entry.data)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      }}
    </OrganiserPage>
  );
}
