# syntax=docker/dockerfile:1
# The bot as a container, for those who host containers (Azure Container Apps, Kubernetes, ...).
# The Teams Toolkit deployment (teamsapp.yml) does not use it: it deploys to App Service's Node stack.
#   docker build -t workfront-outlook-support .
#   docker run -p 3978:3978 -e BOT_ID=... -e BOT_TENANT_ID=... -e DATABASE_URL=postgres://... workfront-outlook-support
# NODE_ENV=production: the bot refuses to start without BOT_ID (ALLOW_UNAUTHENTICATED=1 to try it without).

# 1. Compile: all dependencies, `npm ci` runs "prepare", which builds src/ into lib/ and the support
#    tab's page (web/, bundled by scripts/build-tab.ts) into lib/web/.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
COPY scripts/build-tab.ts ./scripts/build-tab.ts
RUN npm ci --no-audit --no-fund

# 2. Production dependencies, built for this image's Linux (better-sqlite3 is native). --ignore-scripts
#    skips this package's own "prepare" (TypeScript is a devDependency); npm rebuild then runs the
#    dependencies' install scripts.
FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild

# 3. Runtime: no compiler, no build tools, not root.
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3978 DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/lib ./lib
COPY package.json ./
COPY content ./content
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3978
# SQLite lives in /data when DATABASE_URL is not set: mount a volume there.
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "lib/index.js"]
