import { describe, expect, it } from "vitest";
import { readOrder } from "./read-order";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

describe("the workflow's reading of an order", () => {
  it("gives the order as it stands now, changed by others since the workflow last looked", async () => {
    const placed = await booth.place({ status: "READY" });
    await booth.db.order.update({ where: { id: placed.id }, data: { status: "PICKED_UP" } });
    expect(await readOrder(booth.db, placed.id)).toMatchObject({ id: placed.id, status: "PICKED_UP" });
  });

  it("fails for an order that does not exist, rather than answering with nothing", async () => {
    await expect(readOrder(booth.db, "no-such-order")).rejects.toThrow();
  });
});
