/**
 * Limits that keep one field from swallowing the database; the UI says so next to the field.
 * Plain values, so a client component can read them without shipping zod to the browser.
 */
export const LIMITS = { title: 200, shortText: 300, minutes: 20000, agendaItems: 30 } as const;
