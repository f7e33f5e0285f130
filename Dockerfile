# Kroscek API + review UI. Used by docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1 NODE_ENV=production
RUN npm install -g pnpm@10.34.9
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @kroscek/web build
EXPOSE 3000
CMD ["pnpm", "--silent", "kroscek", "serve", "--host", "0.0.0.0", "--port", "3000"]
