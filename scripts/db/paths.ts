import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export const schemaPaths = {
  sqlite: { schema: path.join(root, "prisma/schema.prisma"), migrations: path.join(root, "prisma/migrations") },
  postgresql: {
    schema: path.join(root, "prisma/postgresql/schema.prisma"),
    migrations: path.join(root, "prisma/postgresql/migrations"),
  },
} as const;
