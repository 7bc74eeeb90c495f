#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded here. `prisma generate`
# only needs the path to exist; migrations run through scripts/db-migrate.ts (WebAssembly engine).
echo "The native Prisma schema engine is not installed: run migrations with npm run db:migrate." >&2
exit 1
