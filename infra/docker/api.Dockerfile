# syntax=docker/dockerfile:1.7
#
# Tandem API: the tRPC server, the only process that opens the database.
#
# Build context is the REPOSITORY ROOT (see infra/README.md for the root .dockerignore):
#   docker build -f infra/docker/api.Dockerfile -t tandem-api .
#
# Stages: build (whole workspace, pinned pnpm, frozen lockfile, turbo build, pnpm deploy)
#         -> runtime (node:20-bookworm-slim, production node_modules + bundle, non-root).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
ENV CI=true \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    TURBO_TELEMETRY_DISABLED=1 \
    PNPM_STORE=/pnpm/store
WORKDIR /repo

# 1. pnpm itself: corepack reads "packageManager" (version + sha512) from package.json.
COPY package.json ./
RUN corepack pnpm --version

# 2. Download every package in the lockfile. Only the lockfile and workspace file are
#    needed, so this layer stays cached until pnpm-lock.yaml changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN --mount=type=cache,id=tandem-pnpm-store,target=/pnpm/store \
    corepack pnpm fetch --store-dir "$PNPM_STORE"

# 3. The sources, an offline install that must match the lockfile exactly, and the build
#    of the API and what it depends on (turbo follows "dependsOn": ["^build"]).
COPY . .
RUN --mount=type=cache,id=tandem-pnpm-store,target=/pnpm/store \
    corepack pnpm install --frozen-lockfile --offline --store-dir "$PNPM_STORE"
RUN corepack pnpm exec turbo run build --filter=@tandem/api

# 4. A self-contained copy of @tandem/api with production dependencies only; workspace
#    packages (@tandem/db with its migrations/) are copied in, not linked. pnpm 10 needs
#    --legacy unless the workspace sets inject-workspace-packages=true.
RUN --mount=type=cache,id=tandem-pnpm-store,target=/pnpm/store \
    corepack pnpm --filter=@tandem/api deploy --prod --legacy --store-dir "$PNPM_STORE" /out \
 && rm -rf /out/src /out/test /out/dist \
 && cp -R apps/api/dist /out/dist \
 && cp infra/docker/migrate.cjs /out/migrate.cjs

# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    API_HOST=0.0.0.0 \
    API_PORT=3100 \
    TANDEM_DATA_DIR=/data \
    SEED_DEMO_DATA=no \
    LOG_LEVEL=info
WORKDIR /app

# Code stays owned by root and read-only for the process; only /data is writable (it is used
# only when DATABASE_URL is unset: embedded PGlite, a single container, no replicas).
COPY --from=build /out /app
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]

# The official node image ships an unprivileged "node" user (uid 1000).
USER node
EXPOSE 3100

# /healthz: the process is up. (/readyz also checks the database: use it for load balancers.)
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.API_PORT||3100)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# node as PID 1 receives SIGTERM from `docker stop` directly (no npm/sh wrapper).
CMD ["node", "dist/main.js"]
