# The Tryout app image (api, worker, cli): one image, the command picks the app.
# For hosts whose Docker can pull images; see README "Which path fits which host" and docs/operations.md.
#   build:  compiles api, worker and cli to JavaScript and the web app (`npm run build`), then
#           prunes dev dependencies;
#   app:    only the build output, production dependencies and the catalog; runs as `node` (uid 1000);
#   images: the docker CLI and the image recipes, for compose's one-shot `images` service.
# NODE_IMAGE must carry Node >= 20.19 (package.json engines).
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
# Compilers for native modules (argon2) where no prebuilt binary loads; they stay in this stage.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund --loglevel=error

FROM ${NODE_IMAGE} AS images
RUN apt-get update && apt-get install -y --no-install-recommends docker.io ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY scripts ./scripts
COPY docker ./docker
CMD ["bash", "scripts/build-images.sh"]

FROM ${NODE_IMAGE} AS app
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY --from=build /src/apps/web/dist ./apps/web/dist
COPY --from=build /src/problems ./problems
# Unprivileged. The worker alone needs the Docker engine: compose mounts the host's socket into the
# worker and adds the socket's group (DOCKER_GID) to it; nothing else gets either.
USER node
EXPOSE 3000
CMD ["node", "--enable-source-maps", "dist/apps/api/apps/api/src/main.js"]
