# Kroscek API + review UI. Used by docker-compose.yml.
#
# build:   every dependency, compiles the server (apps/api/dist) and the UI (apps/web/dist)
# deps:    production dependencies only, for the server and the workspace packages it loads
# runtime: node, those dependencies, the compiled code, the migrations and the demo corpus;
#          no TypeScript, no build tools, no pnpm
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@10.34.9
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm exec turbo run build --filter=@kroscek/web --filter=@kroscek/api --output-logs=errors-only

FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY patches patches
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/core/package.json packages/core/
COPY packages/bench/package.json packages/bench/
COPY packages/schema/package.json packages/schema/
COPY db/package.json db/
RUN pnpm install --frozen-lockfile --prod --filter "@kroscek/api..."

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app /app
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
COPY --from=build /app/db/migrations db/migrations
COPY --from=build /app/db/demo db/demo
RUN mkdir -p /app/.kroscek && chown node:node /app/.kroscek
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js", "serve", "--host", "0.0.0.0", "--port", "3000"]
