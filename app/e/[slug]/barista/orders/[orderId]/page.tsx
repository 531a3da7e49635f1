import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { eventPaths } from "@/server/shared/event-paths";
import { serverCaller } from "@/server/trpc/server-caller";
import { zoneName } from "../../../../../i18n/zone-name";
import { TopBar } from "../../../../../top-bar";
import { loadStaffScreen, signedInActor } from "../../../page-gates";
import { timeSince, whatHappened, whoDidIt } from "./journey-words";
import styles from "./journey.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Journey"))("titleUnnumbered") };
}

/**
 * One order's journey for the event's staff: each step in the order it happened, with its time in the event's zone,
 * the time since the step before, what happened and who caused it. The procedure decides who may see it.
 */
export default async function OrderJourneyPage({ params }: { params: Promise<{ slug: string; orderId: string }> }) {
  const { slug, orderId } = await params;
  const paths = eventPaths(slug);
  const actor = await signedInActor(paths.journey(orderId));
  const loaded = await loadStaffScreen(actor, async () => (await serverCaller()).journey.order({ slug, orderId }));
  if ("refusal" in loaded) return loaded.refusal;
  const journey = loaded.data;
  const [t, format, locale] = await Promise.all([getTranslations("Journey"), getFormatter(), getLocale()]);
  const title = journey.orderNumber === null ? t("titleUnnumbered") : t("title", { number: String(journey.orderNumber) });
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <p>
          <Link href={paths.board}>{t("back")}</Link>
        </p>
        <h1>{title}</h1>
        <p className="hint">{t("intro", { event: journey.event.name, zone: zoneName(locale, journey.event.timeZone) })}</p>
        <ol className={styles.steps} aria-label={t("steps")}>
          {journey.steps.map((step) => (
            <li key={step.id} className={`card ${styles.step}`}>
              <span className={styles.when}>
                <time dateTime={step.occurredAt.toISOString()}>
                  {format.dateTime(step.occurredAt, {
                    timeZone: journey.event.timeZone,
                    day: "numeric",
                    month: "short",
                    hour: "2-digit",
                    minute: "2-digit",
                    second: "2-digit",
                  })}
                </time>
                <span className={styles.gap}>{timeSince(t, step.sincePreviousMs)}</span>
              </span>
              <span className={styles.what}>{whatHappened(t, step)}</span>
              <span>{whoDidIt(t, step.actor)}</span>
            </li>
          ))}
        </ol>
      </main>
    </>
  );
}
