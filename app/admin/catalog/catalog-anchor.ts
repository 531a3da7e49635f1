/** Where one catalogued event sits on the catalog page: "order/picked-up" → "/admin/catalog#order-picked-up". */
export function catalogAnchor(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, "-");
}

export function catalogEntryPath(name: string): string {
  return `/admin/catalog#${catalogAnchor(name)}`;
}
