import type { Metadata } from "next";
import Link from "next/link";
import { localDay } from "@/server/shared/local-day";
import { eventPaths } from "@/server/shared/event-paths";
import { serverCaller } from "@/server/trpc/server-caller";
import { DataTable } from "../../../data-table";
import { OrganiserPage } from "../../../organiser-page";
import { funnelChart, funnelSteps, outcomesByHourChart, timesByHourChart } from "./chart-specs";
import { durationText, shareText } from "./figure-format";
import { FiguresChart } from "./figures-chart";
import { FiguresLive } from "./figures-live";
import styles from "./figures.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Figures" };

/**
 * How an event is going, for a booth lead at a glance: the funnel from scan to pick-up, how long people wait and
 * drinks take, by drink and by barista, what went wrong, and hour by hour, each in a chart above its table (the
 * tables are the accessible version); with today's CSVs. It follows the booth live (figures-live.tsx).
 */
export default async function FiguresPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const paths = eventPaths(slug);
  return (
    <OrganiserPage path={paths.figures} title="Figures">
      {async () => {
        const caller = await serverCaller();
        const [event, figures] = await Promise.all([caller.admin.events.get({ slug }), caller.admin.metrics.summary({ slug })]);
        const today = localDay(new Date(), event.timeZone);
        const { funnel, times } = figures;
        const busiest = Math.max(1, ...figures.hourly.map((hour) => hour.made));
        const charts = { funnel: funnelChart(funnel), outcomes: outcomesByHourChart(figures.hourly), times: timesByHourChart(figures.hourlyTimes) };
        return (
          <>
            <FiguresLive eventId={event.id} />
            <nav aria-label="This event" className="row">
              <Link href={paths.console}>{event.name}</Link>
              <Link href={paths.figuresCsv("hourly", today)} prefetch={false}>
                Today by hour (CSV)
              </Link>
              <Link href={paths.figuresCsv("orders", today)} prefetch={false}>
                Today&apos;s orders (CSV)
              </Link>
              <Link href={paths.journalDay(today)} prefetch={false}>
                Today&apos;s journal (for replay)
              </Link>
            </nav>

            <section aria-labelledby="funnel-heading">
              <h2 id="funnel-heading">From scan to pick-up</h2>
              <ol className={styles.funnel}>
                {funnelSteps.map(([key, label]) => (
                  <li key={key} className={styles.figure}>
                    <span className={styles.number}>{funnel[key]}</span>
                    <span>{label}</span>
                    <span className="hint">{key === "started" ? "" : shareText(funnel[key], funnel.started)}</span>
                  </li>
                ))}
              </ol>
              {charts.funnel && <FiguresChart spec={charts.funnel} />}
            </section>

            <section aria-labelledby="times-heading">
              <h2 id="times-heading">Waiting and making</h2>
              <ul className={styles.funnel}>
                <li className={styles.figure}>
                  <span className={styles.number}>{durationText(times.overall.wait.p50)}</span>
                  <span>Typical wait, sent to ready</span>
                  <span className="hint">9 in 10 within {durationText(times.overall.wait.p90)}</span>
                </li>
                <li className={styles.figure}>
                  <span className={styles.number}>{durationText(times.overall.make.p50)}</span>
                  <span>Typical making time</span>
                  <span className="hint">9 in 10 within {durationText(times.overall.make.p90)}</span>
                </li>
              </ul>
              {charts.times && <FiguresChart spec={charts.times} />}
              <DataTable
                label="By drink"
                empty="No drink made yet."
                rows={times.byDrink}
                rowKey={(row) => row.drink}
                columns={[
                  { header: "Drink", cell: (row) => row.drink },
                  { header: "Made", cell: (row) => row.orders },
                  { header: "Typical wait", cell: (row) => durationText(row.wait.p50) },
                  { header: "Typical making", cell: (row) => durationText(row.make.p50) },
                ]}
              />
              <DataTable
                label="By barista"
                empty="No drink made yet."
                rows={times.byBarista}
                rowKey={(row) => row.barista}
                columns={[
                  { header: "Barista", cell: (row) => row.barista },
                  { header: "Made", cell: (row) => row.orders },
                  { header: "Typical making", cell: (row) => durationText(row.make.p50) },
                  { header: "9 in 10 within", cell: (row) => durationText(row.make.p90) },
                ]}
              />
            </section>

            <section aria-labelledby="lost-heading">
              <h2 id="lost-heading">Orders that did not end in a cup</h2>
              <p>
                Cancelled by attendees {figures.cancelled.byWho.attendee}, by baristas {figures.cancelled.byWho.barista}, by the organiser{" "}
                {figures.cancelled.byWho.organiser}. Timed out while choosing {figures.timedOut.submit}, waiting to be made {figures.timedOut.barista}.
                Turned away {figures.rejected.reduce((sum, row) => sum + row.count, 0)}. Drinks recalled {figures.recalls}, handed back to the queue{" "}
                {figures.releases}.
              </p>
              <DataTable
                label="Cancel reasons"
                empty="No order was cancelled."
                rows={figures.cancelled.byReason}
                rowKey={(row) => `${row.by}:${row.reason}`}
                columns={[
                  { header: "Reason", cell: (row) => row.reason },
                  { header: "By", cell: (row) => row.by },
                  { header: "Orders", cell: (row) => row.count },
                ]}
              />
            </section>

            <section aria-labelledby="hours-heading">
              <h2 id="hours-heading">Hour by hour ({event.timeZone})</h2>
              {charts.outcomes && <FiguresChart spec={charts.outcomes} />}
              <DataTable
                label="Hour by hour"
                empty="Nothing has happened yet."
                rows={figures.hourly}
                rowKey={(row) => row.hour}
                columns={[
                  { header: "Hour", cell: (row) => row.hour.slice(11) },
                  {
                    header: "Made",
                    cell: (row) => (
                      <span className={styles.bar}>
                        <span className={styles.fill} style={{ width: `${(row.made / busiest) * 100}%` }} aria-hidden="true" />
                        {row.made}
                      </span>
                    ),
                  },
                  { header: "Scanned", cell: (row) => row.started },
                  { header: "Picked up", cell: (row) => row.pickedUp },
                  { header: "Cancelled", cell: (row) => row.cancelled },
                  { header: "Timed out", cell: (row) => row.timedOut },
                ]}
              />
            </section>
          </>
        );
      }}
    </OrganiserPage>
  );
}
