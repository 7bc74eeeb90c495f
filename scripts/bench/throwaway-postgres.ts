// A PostgreSQL cluster for one benchmark run: Debian's server binaries, a temp data folder, a free
// loopback port, durable commits (fsync and synchronous_commit on, as in production; the SQLite runs
// use synchronous=FULL). Run as root, the cluster belongs to the `postgres` user, as PostgreSQL wants.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export function startThrowawayPostgres(port: number): { url: string; stop: () => void } {
  const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort() : [];
  if (!versions.length) throw new Error("PostgreSQL is not installed: apt-get install -y postgresql");
  const bin = (name: string) => `/usr/lib/postgresql/${versions.at(-1)}/bin/${name}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "faq-bench-pg-"));
  chmodSync(dir, 0o777);
  const asOwner = (command: string, args: string[]) =>
    process.getuid?.() === 0
      ? execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "ignore" })
      : execFileSync(command, args, { stdio: "ignore" });
  const data = path.join(dir, "data");
  asOwner(bin("initdb"), ["-D", data, "-U", "postgres", "-A", "trust"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  asOwner(bin("pg_ctl"), ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", options, "start"]);
  const stop = () => {
    asOwner(bin("pg_ctl"), ["-D", data, "-m", "fast", "stop"]);
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop };
}
