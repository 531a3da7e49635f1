/** The first name only: all that one person's screen shows of another (the booth screen, the attendee's barista). */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
