/**
 * What a barista does to an order on the board: claim, release, complete, recall, pick up. Each is one conditional
 * update (see transitionOrder) committed with its event; the losing side of a race is told who won. `eventId`
 * scopes every action to the barista's event.
 */

type Barista = { id: string; name: string; isOrganiser: boolean };

export type BaristaAction = { eventId: string; orderId: string; barista: Barista; now?: Date };
