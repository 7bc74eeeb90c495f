// An Anki package is a zip. The legacy format holds the SQLite collection (`collection.anki2`, or
// `collection.anki21` from Anki 2.1) and a JSON media map; the current one (PackageMetadata version
// 3, in `meta`) holds a zstd-compressed `collection.anki21b` and a protobuf media list, beside a
// dummy `collection.anki2` that only tells old Ankis to update, which must not be read as the deck.
import { Unzip, UnzipInflate } from "fflate";
import { Decompress } from "fzstd";
import { AnkiPackageError, MAX_PACKAGE_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from "./package-limits";
import { protoNumber, readProtoFields } from "./proto-fields";

const WANTED = ["collection.anki21b", "collection.anki21", "collection.anki2", "meta"] as const;
type Wanted = (typeof WANTED)[number];
const LATEST_VERSION = 3;
// Inflating is bounded per step: one chunk of deflate data can grow about a thousandfold.
const CHUNK = 16 * 1024;
const MB = 1024 * 1024;

export type PackageLimits = { packageBytes: number; unpackedBytes: number; zipEntries: number };

const LIMITS: PackageLimits = {
  packageBytes: MAX_PACKAGE_BYTES,
  unpackedBytes: MAX_UNPACKED_BYTES,
  zipEntries: MAX_ZIP_ENTRIES,
};

/** The package's SQLite collection. Media files are not imported, so they are not unpacked. */
export function unpackAnkiPackage(bytes: Uint8Array, limits: PackageLimits = LIMITS): Uint8Array {
  if (bytes.length > limits.packageBytes)
    throw new AnkiPackageError(`the package is larger than ${megabytes(limits.packageBytes)}`);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    throw new AnkiPackageError("this is not an Anki package (.apkg or .colpkg): it is not a zip file");
  const files = unzipWanted(bytes, limits);
  const version = files.meta ? packageVersion(files.meta) : 0;
  if (version > LATEST_VERSION)
    throw new AnkiPackageError(
      "the package was made by a newer Anki than this app can read; export it with “Support older Anki versions”",
    );
  const latest = version === LATEST_VERSION || (!files.meta && files["collection.anki21b"] !== undefined);
  const collection = latest
    ? files["collection.anki21b"] && unzstd(files["collection.anki21b"], limits)
    : (files["collection.anki21"] ?? files["collection.anki2"]);
  if (!collection) throw new AnkiPackageError("the package holds no Anki collection");
  return collection;
}

/** PackageMetadata.version: 1 and 2 legacy, 3 the current format. */
function packageVersion(meta: Uint8Array): number {
  try {
    return protoNumber(readProtoFields(meta), 1);
  } catch {
    throw new AnkiPackageError("the package is damaged: its metadata cannot be read");
  }
}

function unzipWanted(bytes: Uint8Array, limits: PackageLimits): Partial<Record<Wanted, Uint8Array>> {
  const found: Partial<Record<Wanted, Uint8Array[]>> = {};
  let entries = 0;
  let declared = 0;
  let inflated = 0;
  let failure: string | null = null;
  const unzip = new Unzip((file) => {
    entries += 1;
    declared += file.originalSize ?? 0;
    if (entries > limits.zipEntries) failure = `the package holds more than ${limits.zipEntries} files`;
    else if (declared > limits.unpackedBytes) failure = tooBig(limits);
    const name = file.name as Wanted;
    if (failure || !WANTED.includes(name)) return;
    const chunks: Uint8Array[] = (found[name] = []);
    file.ondata = (error, data) => {
      if (error) failure ??= "the package is damaged: a file in it cannot be unpacked";
      inflated += data?.length ?? 0;
      if (inflated > limits.unpackedBytes) {
        failure ??= tooBig(limits);
        file.terminate();
      } else if (data) chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK)
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch {
    failure ??= "the package is damaged: its zip structure cannot be read";
  }
  if (failure) throw new AnkiPackageError(failure);
  return Object.fromEntries(Object.entries(found).map(([name, chunks]) => [name, concat(chunks)]));
}

function unzstd(compressed: Uint8Array, limits: PackageLimits): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Decompress((data) => {
    total += data.length;
    if (total > limits.unpackedBytes) throw new AnkiPackageError(tooBig(limits));
    chunks.push(data);
  });
  try {
    for (let at = 0; at < compressed.length; at += CHUNK)
      stream.push(compressed.subarray(at, at + CHUNK), at + CHUNK >= compressed.length);
  } catch (error) {
    if (error instanceof AnkiPackageError) throw error;
    throw new AnkiPackageError("the package is damaged: its compressed collection cannot be unpacked");
  }
  return concat(chunks);
}

function tooBig(limits: PackageLimits): string {
  return `the package unpacks to more than ${megabytes(limits.unpackedBytes)}`;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
