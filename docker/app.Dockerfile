# The Tryout app image (api, worker, cli): one image, the command picks the app.
# For hosts whose Docker can pull images; see README "Which path fits which host".
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends docker.io curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY . .
RUN npx vite build --config apps/web/vite.config.ts --logLevel warn
ENV NODE_ENV=production
CMD ["node", "-r", "./scripts/register.cjs", "apps/api/src/main.ts"]
