import { z } from "zod";

/** Empty form fields ("", missing) count as not given. */
export const emptyToUndefined = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : value;

/** A row id from a form field: a positive whole number, or the message. */
export const id = (message: string) =>
  z.preprocess(emptyToUndefined, z.coerce.number({ error: message }).int(message).positive(message));

/** An id that may be left out (a new row, or "none chosen"). */
export const optionalId = (message = "Kies uit de lijst.") =>
  z.preprocess(emptyToUndefined, z.coerce.number({ error: message }).int(message).positive(message).optional());

/** A checkbox posts "on" when ticked and nothing when not; react-hook-form gives a boolean. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/** A yes/no choice posted as "ja" (hidden fields and radio buttons): true only for "ja". */
export const yes = z.preprocess((value) => value === "ja" || value === true, z.boolean());

/** The page of a paged public list (`?pagina=2`); anything else is the first page. */
export const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1);
