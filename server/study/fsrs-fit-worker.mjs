// The worker thread's entry point, loaded by plain Node (outside Next's bundle): TypeScript and the
// "@/" imports of the fitting code are resolved by tsx, a dependency of the app.
import { register } from "tsx/esm/api";

register();
await import("./fsrs-fit-worker.ts");
