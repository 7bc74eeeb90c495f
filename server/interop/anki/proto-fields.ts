// Anki keeps its package metadata, media list and note type settings as protobuf messages. Only a
// handful of fields are read, so they are read by number instead of from generated classes.
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";

export type ProtoFields = Map<number, (bigint | Uint8Array)[]>;

/** Every field of one message by number: varints as bigints, length-delimited fields as bytes. */
export function readProtoFields(bytes: Uint8Array): ProtoFields {
  const reader = new BinaryReader(bytes);
  const fields: ProtoFields = new Map();
  while (reader.pos < reader.len) {
    const [number, wireType] = reader.tag();
    let value: bigint | Uint8Array | null = null;
    if (wireType === WireType.Varint) value = BigInt(reader.uint64());
    else if (wireType === WireType.LengthDelimited) value = reader.bytes();
    else reader.skip(wireType);
    if (value !== null) fields.set(number, [...(fields.get(number) ?? []), value]);
  }
  return fields;
}

export function protoNumber(fields: ProtoFields, number: number): number {
  const value = fields.get(number)?.at(-1);
  return typeof value === "bigint" ? Number(value) : 0;
}

export function protoString(fields: ProtoFields, number: number): string {
  const value = fields.get(number)?.at(-1);
  return value instanceof Uint8Array ? new TextDecoder().decode(value) : "";
}

export function protoMessages(fields: ProtoFields, number: number): Uint8Array[] {
  return (fields.get(number) ?? []).filter((value) => value instanceof Uint8Array);
}
