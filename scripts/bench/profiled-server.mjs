// `next start` as a plain Node server, so that it can run under `node --cpu-prof` (NODE_OPTIONS
// refuses the flag). SIGTERM exits normally, which writes the profile. For benchmarks only:
//   node --cpu-prof --cpu-prof-dir=DIR scripts/bench/profiled-server.mjs PORT
import { createServer } from "node:http";
import next from "next";

const app = next({ dev: false, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();
createServer((request, response) => handle(request, response)).listen(Number(process.argv[2]), "127.0.0.1");
process.on("SIGTERM", () => process.exit(0));
