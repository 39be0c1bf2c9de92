# syntax=docker/dockerfile:1.7
#
# Tandem tenant app (apps/web): Remix 2 behind an Express server. It holds no data and
# never opens the database: it calls the API (API_URL) server-side with the tRPC client.
#
# Build context is the REPOSITORY ROOT (see infra/README.md for the root .dockerignore):
#   docker build -f infra/docker/web.Dockerfile -t tandem-web .
#
# admin.Dockerfile is this file with @tandem/web -> @tandem/admin, apps/web -> apps/admin
# and port 3000 -> 3001; keep the two in step.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
ENV CI=true \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    TURBO_TELEMETRY_DISABLED=1 \
    PNPM_STORE=/pnpm/store
WORKDIR /repo

# pnpm pinned by "packageManager" (version + sha512) in package.json, through corepack.
COPY package.json ./
RUN corepack pnpm --version

# Download everything in the lockfile (cached until pnpm-lock.yaml changes).
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN --mount=type=cache,id=tandem-pnpm-store,target=/pnpm/store \
    corepack pnpm fetch --store-dir "$PNPM_STORE"

# Sources, offline install that must match the lockfile, Remix (vite) build + server bundle.
COPY . .
RUN --mount=type=cache,id=tandem-pnpm-store,target=/pnpm/store \
    corepack pnpm install --frozen-lockfile --offline --store-dir "$PNPM_STORE"
RUN corepack pnpm exec turbo run build --filter=@tandem/web

# Production dependencies only, workspace packages copied in (--legacy: pnpm 10 without
# inject-workspace-packages), then the build output: build/client (static assets),
# build/server (Remix server build) and build/start.js (the Express entry).
RUN --mount=type=cache,id=tandem-pnpm-store,target=/pnpm/store \
    corepack pnpm --filter=@tandem/web deploy --prod --legacy --store-dir "$PNPM_STORE" /out \
 && rm -rf /out/build \
 && cp -R apps/web/build /out/build

# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    API_URL=http://api:3100
WORKDIR /app

# Owned by root, read-only for the process: the app writes nothing to disk.
COPY --from=build /out /app

USER node
EXPOSE 3000

# Liveness only: any HTTP answer (a redirect to sign-in included) means the server is up.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/',{redirect:'manual'}).then(r=>process.exit(r.status<500?0:1),()=>process.exit(1))"]

# Same as the package's "start" script, without the npm/sh wrapper (signals reach node).
CMD ["node", "build/start.js"]
