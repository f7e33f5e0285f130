import { OpenAPIHono } from "@hono/zod-openapi";
import { ApiError } from "./api-error";
import type { AppEnv } from "./context";

/** An OpenAPIHono whose validation failures answer 422 with the field paths, in the one envelope. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({
          path: i.path.join("."),
          message: i.message,
          code: i.code,
        }));
        throw new ApiError("validation_failed", "The request is not valid", { issues });
      }
    },
  });
}
