import type { Provider } from '@nestjs/common';
import { ConfigService } from '@tryout/server-config';
import { createSandboxDriver, dockerFromHost, type SandboxDriver } from '@tryout/sandbox';
import type Dockerode from 'dockerode';

export const SANDBOX_DRIVER = Symbol('SANDBOX_DRIVER');
export const DOCKER = Symbol('DOCKER');

export const sandboxProviders: Provider[] = [
  {
    provide: DOCKER,
    inject: [ConfigService],
    useFactory: (config: ConfigService) => dockerFromHost(config.get('DOCKER_HOST')),
  },
  {
    provide: SANDBOX_DRIVER,
    inject: [DOCKER, ConfigService],
    useFactory: (docker: Dockerode, config: ConfigService): SandboxDriver =>
      createSandboxDriver(config, { maxContainerAgeMs: config.get('SANDBOX_MAX_AGE_SECONDS') * 1000 }, docker),
  },
];
