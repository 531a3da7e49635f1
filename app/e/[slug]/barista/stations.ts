import type { BoardMenu, BoardOrder } from "./board-types";

/**
 * The bars an event makes drinks at (the menu says which drink is made where), and the board's filter: a tablet at
 * the cold bar shows, counts and beeps for the cold bar's orders only. The filter belongs to the device, not the
 * barista: it stays with the bar when baristas swap. Their names are in the catalogues (Board.stations).
 */

export type Station = BoardOrder["station"];

export type StationFilter = Station | "ALL";
export const stationFilters: readonly StationFilter[] = ["ALL", "ESPRESSO_BAR", "COLD_BAR"];
export const stationFilterKey = "presso:board-station";

/** The stations of this menu in menu order; the board offers a filter only when there are two or more. */
export function stationsOnMenu(menu: BoardMenu): Station[] {
  return [...new Set(menu.map((item) => item.station))];
}

export function atStation(filter: StationFilter, station: Station): boolean {
  return filter === "ALL" || filter === station;
}

/**
 * The station of an order the board was told about (order.queued carries the drink as chosen). Drinks chosen before
 * orders kept their station, and payloads this build cannot read, count as the espresso bar's, as the server reads them.
 */
export function stationOfPushedOrder(data: unknown): Station {
  const station = (data as { drink?: { station?: unknown } } | null)?.drink?.station;
  return station === "COLD_BAR" ? "COLD_BAR" : "ESPRESSO_BAR";
}
