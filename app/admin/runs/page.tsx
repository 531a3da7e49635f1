import type { Metadata } from "next";
import Link from "next/link";
import { serverCaller } from "@/server/trpc/server-caller";
import { noEventTimeZone } from "@/app/i18n/locale";
import { DataTable, tableTime } from "../data-table";
import { OrganiserPage } from "../organiser-page";
import { SelfTestButton } from "./self-test-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Workflow runs" };

/** Runs belong to the engine, not to one event: their times are UTC, and say so. */
const time = (date: Date | null | undefined) => tableTime(date, noEventTimeZone, "milliseconds");

export default async function RunsPage({ searchParams }: { searchParams: Promise<{ runId?: string }> }) {
  const { runId } = await searchParams;
  return (
    <OrganiserPage path="/admin/runs" title="Workflow runs">
      {async () => {
        const caller = await serverCaller();
        if (runId) {
          const run = await caller.runs.get({ runId });
          return (
            <section aria-label="Run">
              <p>
                <Link href="/admin/runs">All runs</Link>
              </p>
              <h2>
                {run.functionId} <span className="badge">{run.status}</span>
              </h2>
              <p className="hint">
                started {time(run.startedAt)} · ended {time(run.endedAt)}
              </p>
              <DataTable
                label="Steps"
                rows={run.steps}
                rowKey={(step) => `${step.name}-${String(step.endedAt)}`}
                columns={[
                  { header: "Step", cell: (step) => step.name },
                  { header: "Kind", cell: (step) => step.op },
                  { header: "Recorded", cell: (step) => time(step.endedAt) },
                ]}
              />
              <h2>Waits</h2>
              <DataTable
                label="Waits"
                rows={run.waits}
                rowKey={(wait) => `${wait.name}-${String(wait.createdAt)}`}
                columns={[
                  { header: "Wait", cell: (wait) => wait.name },
                  { header: "For", cell: (wait) => wait.eventName ?? wait.kind.toLowerCase() },
                  { header: "Until", cell: (wait) => time(wait.wakeAt) },
                  { header: "Outcome", cell: (wait) => wait.resolution ?? "waiting" },
                ]}
              />
              <h2>Outcome</h2>
              <pre style={{ whiteSpace: "pre-wrap", fontSize: "0.9rem" }}>{JSON.stringify(run.output ?? run.error, null, 2)}</pre>
            </section>
          );
        }
        const runs = await caller.runs.list({ limit: 100 });
        const list = (
          <DataTable
            label="Runs"
            empty="No runs yet."
            rows={runs}
            rowKey={(run) => run.id}
            columns={[
              { header: "Function", cell: (run) => <Link href={`/admin/runs?runId=${run.id}`}>{run.functionId}</Link> },
              { header: "Trigger", cell: (run) => run.trigger.name },
              {
                header: "Status",
                cell: (run) => (
                  <>
                    {run.status}
                    {run.waitingFor.length > 0 && (
                      <div className="hint">waiting for {run.waitingFor.map((w) => w.eventName ?? w.kind.toLowerCase()).join(", ")}</div>
                    )}
                  </>
                ),
              },
              { header: "Started", cell: (run) => time(run.startedAt) },
              { header: "Steps", cell: (run) => run.steps },
            ]}
          />
        );
        return (
          <>
            <SelfTestButton />
            {list}
          </>
        );
      }}
    </OrganiserPage>
  );
}
