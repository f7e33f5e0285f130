# Kroscek API + review UI. Used by docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@10.34.9
COPY . .
# Development dependencies are needed too: the UI is built here and the server runs through tsx.
RUN pnpm install --frozen-lockfile && pnpm --filter @kroscek/web build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["pnpm", "--silent", "kroscek", "serve", "--host", "0.0.0.0", "--port", "3000"]
