import type { DockerOptions } from 'dockerode';

/** DOCKER_HOST (`unix:///path` or `tcp://host:port`) as dockerode options. */
export function dockerOptionsFromHost(dockerHost: string): DockerOptions {
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
}
