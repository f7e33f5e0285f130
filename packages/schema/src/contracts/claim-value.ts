import { z } from "zod";
import { DATE_PRECISIONS } from "../enums";
import { IdSchema, TextSchema } from "./common";

export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);

/** A half-open interval [start, end) in UTC with the precision it was stated at. */
export const DateIntervalSchema = z
  .object({
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
    precision: DatePrecisionSchema,
  })
  .refine((d) => Date.parse(d.end) > Date.parse(d.start), {
    message: "end must be after start",
    path: ["end"],
  });
export type DateInterval = z.infer<typeof DateIntervalSchema>;

/**
 * The typed value of a claim, one shape per slot. Structured slots are what make automatic
 * contradiction checks possible; `statement` holds free text.
 */
export const ClaimValueSchema = z.discriminatedUnion("slot", [
  z.object({
    slot: z.literal("date"),
    interval: DateIntervalSchema,
    /** The words the date was read from, e.g. "pada Selasa". */
    expression: TextSchema.max(500).optional(),
  }),
  z.object({ slot: z.literal("place"), entityId: IdSchema }),
  z.object({ slot: z.literal("participants"), entityIds: z.array(IdSchema).min(1).max(100) }),
  z.object({ slot: z.literal("actor"), entityId: IdSchema }),
  z.object({
    slot: z.literal("quantity"),
    amount: z.number().finite().min(-1e15).max(1e15),
    unit: TextSchema.min(1).max(100),
    /** Relative tolerance: values within it of each other agree (0.05 = 5%). */
    tolerance: z.number().min(0).max(1).default(0),
  }),
  z.object({ slot: z.literal("occurred"), occurred: z.boolean() }),
  z.object({ slot: z.literal("statement"), text: TextSchema.min(1).max(5000) }),
]);
export type ClaimValue = z.infer<typeof ClaimValueSchema>;
