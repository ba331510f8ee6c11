import type Dockerode from 'dockerode';
import { RUNNER_IMAGE_PREFIX } from '@tryout/languages';

/** The label scripts/build-images.sh writes: the toolchain's version, asked of it at build time. */
export const RUNNER_VERSION_LABEL = 'tryout.version';

/**
 * The toolchain version each built runner image recorded (its tryout.version label), by language
 * id; a language whose image is missing or unlabelled is absent. Reads only the image list, which
 * the API's engine proxy allows.
 */
export async function readRunnerVersions(docker: Dockerode): Promise<Map<string, string>> {
  const images = await docker.listImages({ filters: JSON.stringify({ reference: [`${RUNNER_IMAGE_PREFIX}*`] }) });
  const versions = new Map<string, string>();
  for (const image of images) {
    const version = image.Labels?.[RUNNER_VERSION_LABEL];
    if (!version) continue;
    for (const tag of image.RepoTags ?? []) {
      if (tag.startsWith(RUNNER_IMAGE_PREFIX) && tag.endsWith(':latest')) {
        versions.set(tag.slice(RUNNER_IMAGE_PREFIX.length, -':latest'.length), version);
      }
    }
  }
  return versions;
}
