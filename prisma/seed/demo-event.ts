import { createStaffAccount } from "../../server/auth/accounts";
import { hashPassword, needsRehash, verifyPassword } from "../../server/auth/passwords";
import type { Db } from "../../server/db/client";
import { createEvent } from "../../server/services/config/create-event";
import { addMenuItem, type MenuItemDraft } from "../../server/services/config/menu";
import { addStaffMember } from "../../server/services/staff/membership";

/**
 * The demo event a fresh embedded install starts with: a booth with a realistic coffee menu, one organiser and
 * one barista. Seeded through the services' own functions, so it obeys every rule the app does.
 */

export const DEMO_SLUG = "demo";

const milk = (defaultMilk = "Whole milk") => ({
  name: "Milk",
  selection: "SINGLE" as const,
  required: true,
  options: ["Whole milk", "Semi-skimmed", "Oat", "Soy", "Lactose-free"].map((name) => ({
    name,
    isDefault: name === defaultMilk,
    available: name !== "Soy", // the soy ran out: shown, not orderable
  })),
});

const size = {
  name: "Size",
  selection: "SINGLE" as const,
  required: true,
  options: [{ name: "Small" }, { name: "Regular", isDefault: true }, { name: "Large" }],
};

const extras = {
  name: "Extras",
  selection: "MULTIPLE" as const,
  required: false,
  maxChoices: 2,
  options: [{ name: "Extra shot" }, { name: "Decaf" }, { name: "Cinnamon" }],
};

const syrup = {
  name: "Syrup",
  selection: "SINGLE" as const,
  required: false,
  options: [{ name: "Vanilla" }, { name: "Caramel" }, { name: "Hazelnut" }],
};

export const demoMenu: MenuItemDraft[] = [
  {
    name: "Espresso",
    icon: "espresso",
    description: "A short, intense shot.",
    optionGroups: [
      {
        name: "Shots",
        selection: "SINGLE",
        required: true,
        options: [{ name: "Single", isDefault: true }, { name: "Double" }],
      },
      { ...extras, options: [{ name: "Decaf" }] },
    ],
  },
  { name: "Americano", icon: "americano", description: "Espresso lengthened with hot water.", optionGroups: [size, { ...milk("Whole milk"), required: false }, extras] },
  { name: "Flat White", icon: "flat-white", description: "Double ristretto with velvety milk.", optionGroups: [milk(), extras] },
  { name: "Cappuccino", icon: "cappuccino", description: "Espresso, steamed milk, deep foam.", optionGroups: [size, milk(), extras] },
  { name: "Caffè Latte", icon: "latte", description: "Espresso with plenty of steamed milk.", optionGroups: [size, milk(), syrup, extras] },
  { name: "Mocha", icon: "mocha", description: "Latte with dark chocolate.", optionGroups: [size, milk(), extras] },
  { name: "Cortado", icon: "cortado", description: "Espresso cut with a little warm milk.", optionGroups: [milk(), extras] },
  { name: "Iced Latte", icon: "iced-latte", station: "COLD_BAR", description: "Espresso over ice and cold milk.", optionGroups: [milk("Oat"), syrup] },
  { name: "Cold Brew", icon: "cold-brew", station: "COLD_BAR", available: false, description: "Steeped for 18 hours. Back tomorrow." },
  { name: "Hot Chocolate", icon: "hot-chocolate", description: "Dark chocolate and steamed milk.", optionGroups: [size, milk()] },
];

/** A demo staff account and the password it must sign in with. */
export type SeedAccount = { email: string; password: string };

/** Makes sure a demo account exists and signs in with the password of this install (printed at first start). */
async function ensureAccount(db: Db, account: SeedAccount, name: string, isOrganiser: boolean): Promise<string> {
  const existing = await db.user.findUnique({ where: { email: account.email } });
  if (!existing) {
    return (await createStaffAccount(db, { email: account.email, name, password: account.password, isOrganiser })).id;
  }
  // An old hash (bcrypt, or scrypt with weaker settings) is replaced even when the password still matches.
  const hash = existing.passwordHash;
  if (!hash || needsRehash(hash) || !(await verifyPassword(account.password, hash))) {
    await db.user.update({ where: { id: existing.id }, data: { passwordHash: await hashPassword(account.password) } });
  }
  return existing.id;
}

export async function seedDemoEvent(db: Db, accounts: { organiser: SeedAccount; barista: SeedAccount }): Promise<{ created: boolean }> {
  await ensureAccount(db, accounts.organiser, "Olivia Organiser", true);
  await ensureAccount(db, accounts.barista, "Bruno Barista", false);
  if (await db.event.findUnique({ where: { slug: DEMO_SLUG } })) return { created: false };

  const event = await createEvent(db, {
    slug: DEMO_SLUG,
    name: "Presso Demo Booth",
    timeZone: "Europe/Lisbon",
    locale: "en-GB",
  });
  for (const item of demoMenu) await addMenuItem(db, event.id, item);
  await addStaffMember(db, { slug: DEMO_SLUG, email: accounts.barista.email, role: "BARISTA" });
  // A new event starts closed; the demo booth opens at once so a newcomer can order straight away.
  await db.event.update({ where: { id: event.id }, data: { storeOpen: true } });
  return { created: true };
}
