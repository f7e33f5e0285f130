// Worker-thread bootstrap: registers tsx's loader in this thread, then runs the TypeScript entry,
// whatever started the parent (the tsx CLI, vitest, a benchmark script).
import { register } from "tsx/esm/api";

register();
await import("./engine-worker.ts");
