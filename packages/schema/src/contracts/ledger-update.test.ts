import { describe, expect, it } from "vitest";
import { EntityUpdateSchema, EventUpdateSchema, OutletUpdateSchema } from "./ledger";

describe("update contracts", () => {
  // zod 4 applies defaults inside `.partial()`: a PATCH naming only one field must not reset others.
  it("add no defaults for fields a PATCH leaves out", () => {
    expect(OutletUpdateSchema.parse({ version: 1 })).toEqual({ version: 1 });
    expect(EntityUpdateSchema.parse({ version: 1 })).toEqual({ version: 1 });
    expect(EventUpdateSchema.parse({ version: 1 })).toEqual({ version: 1 });
  });
});
