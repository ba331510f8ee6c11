import Dockerode from 'dockerode';
import type { ConfigService } from '@tryout/server-config';
import { dockerOptionsFromHost } from './docker-options.util';
import { DockerSandboxDriver, DockerSandboxOptions } from './docker-sandbox.driver';

/** Dockerode for a DOCKER_HOST value: unix:///path or tcp://host:port. */
export function dockerFromHost(dockerHost: string): Dockerode {
  return new Dockerode(dockerOptionsFromHost(dockerHost));
}

/** Driver options from configuration (SANDBOX_POOL_SIZE, SANDBOX_IDLE_SECONDS, SANDBOX_REUSE_RUNS, SANDBOX_SHARE_ACROSS_OWNERS). */
export function sandboxOptionsFromConfig(config: ConfigService): DockerSandboxOptions {
  return {
    poolSize: config.get('SANDBOX_POOL_SIZE'),
    idleMs: config.get('SANDBOX_IDLE_SECONDS') * 1000,
    reuseRuns: config.get('SANDBOX_REUSE_RUNS'),
    shareAcrossOwners: config.get('SANDBOX_SHARE_ACROSS_OWNERS'),
  };
}

export function createSandboxDriver(
  config: ConfigService,
  overrides: Partial<DockerSandboxOptions> = {},
  docker: Dockerode = dockerFromHost(config.get('DOCKER_HOST')),
): DockerSandboxDriver {
  return new DockerSandboxDriver(docker, { ...sandboxOptionsFromConfig(config), ...overrides });
}
