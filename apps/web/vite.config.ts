import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { servedAssets } from "./vite.assets";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    servedAssets(root, {
      // Signing in and opening the article list, on a cold cache, in the default language (its
      // dictionary is a chunk of its own).
      maxGzipBytes: 250 * 1024,
      screens: [
        { name: "sign-in", modules: ["src/app/routes/sign-in.tsx", "src/i18n/id.ts"] },
        {
          name: "article list",
          modules: ["src/app/routes/workspace-layout.tsx", "src/app/routes/articles.tsx", "src/i18n/id.ts"],
        },
      ],
    }),
  ],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
  build: { outDir: "dist", emptyOutDir: true },
});
