"use client";
import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { checkInEveryMs } from "@/server/services/staff/on-shift";
import { useTRPC } from "../../trpc-client";

/**
 * Tells the organiser's console that this board or booth screen is open (staff.checkIn): on load, about once a
 * minute while the page is visible, and as soon as it is visible again. A hidden tab stops checking in, so a board
 * left behind a closed laptop lid drops off the shift in two minutes. A lost check-in is not worth a message on a
 * busy screen: the next one follows within a minute.
 */
export function useStaffCheckIn(slug: string, screen: "BOARD" | "DISPLAY") {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.staff.checkIn.mutationOptions());
  useEffect(() => {
    const checkIn = () => {
      if (document.visibilityState === "visible") mutate({ slug, screen });
    };
    checkIn();
    const timer = setInterval(checkIn, checkInEveryMs);
    document.addEventListener("visibilitychange", checkIn);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", checkIn);
    };
  }, [mutate, slug, screen]);
}
