import type { Metadata } from "next";
import Link from "next/link";
import { serverCaller } from "@/server/trpc/server-caller";
import { OrganiserPage } from "../organiser-page";
import { SelfTestButton } from "./self-test-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Workflow runs" };

const time = (date: Date | null | undefined) => (date ? date.toISOString().replace("T", " ").slice(0, 23) : "—");

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
              <table aria-label="Steps">
                <thead>
                  <tr>
                    <th scope="col">Step</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Recorded</th>
                  </tr>
                </thead>
                <tbody>
                  {run.steps.map((step) => (
                    <tr key={`${step.name}-${String(step.endedAt)}`}>
                      <td>{step.name}</td>
                      <td>{step.op}</td>
                      <td>{time(step.endedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h2>Waits</h2>
              <table aria-label="Waits">
                <thead>
                  <tr>
                    <th scope="col">Wait</th>
                    <th scope="col">For</th>
                    <th scope="col">Until</th>
                    <th scope="col">Outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {run.waits.map((wait) => (
                    <tr key={`${wait.name}-${String(wait.createdAt)}`}>
                      <td>{wait.name}</td>
                      <td>{wait.eventName ?? wait.kind.toLowerCase()}</td>
                      <td>{time(wait.wakeAt)}</td>
                      <td>{wait.resolution ?? "waiting"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h2>Outcome</h2>
              <pre style={{ whiteSpace: "pre-wrap", fontSize: "0.9rem" }}>{JSON.stringify(run.output ?? run.error, null, 2)}</pre>
            </section>
          );
        }
        const runs = await caller.runs.list({ limit: 100 });
        const list =
          runs.length === 0 ? (
            <p className="hint">No runs yet.</p>
          ) : (
          <table aria-label="Runs">
            <thead>
              <tr>
                <th scope="col">Function</th>
                <th scope="col">Trigger</th>
                <th scope="col">Status</th>
                <th scope="col">Started</th>
                <th scope="col">Steps</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td>
                    <Link href={`/admin/runs?runId=${run.id}`}>{run.functionId}</Link>
                  </td>
                  <td>{run.trigger.name}</td>
                  <td>
                    {run.status}
                    {run.waitingFor.length > 0 && <div className="hint">waiting for {run.waitingFor.map((w) => w.eventName ?? w.kind.toLowerCase()).join(", ")}</div>}
                  </td>
                  <td>{time(run.startedAt)}</td>
                  <td>{run.steps}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
