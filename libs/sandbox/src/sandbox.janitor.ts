import type Dockerode from 'dockerode';
import { CREATED_LABEL, SANDBOX_LABEL } from './container-spec.util';

export interface JanitorResult {
  removed: string[];
  failed: string[];
}

/** A container created but never started is a driver mid-start unless it is older than this. */
const UNSTARTED_GRACE_MS = 2 * 60_000;

/**
 * Removes leftover sandbox containers (label `tryout.sandbox=1`): every one that is no longer
 * running (its supervisor exits when the worker holding it dies, since stdin closes), any never
 * started for over two minutes, and any older than `maxAgeMs` — set that above the longest a
 * live driver keeps a container (see `sandboxJanitorMaxAgeMs`). Safe to run from several workers.
 */
export async function removeStaleSandboxes(
  docker: Dockerode,
  maxAgeMs: number,
  now = Date.now(),
): Promise<JanitorResult> {
  const containers = await docker.listContainers({ all: true, filters: { label: [`${SANDBOX_LABEL}=1`] } });
  const result: JanitorResult = { removed: [], failed: [] };
  await Promise.all(
    containers.map(async (info) => {
      const labelled = Number(info.Labels?.[CREATED_LABEL]);
      const created = Number.isFinite(labelled) && labelled > 0 ? labelled : info.Created * 1000;
      const age = now - created;
      const stale =
        info.State === 'exited' ||
        info.State === 'dead' ||
        (info.State === 'created' && age > UNSTARTED_GRACE_MS) ||
        age > maxAgeMs;
      if (!stale) return;
      try {
        await docker.getContainer(info.Id).remove({ force: true });
        result.removed.push(info.Id);
      } catch (err) {
        const code = (err as { statusCode?: number }).statusCode;
        // Gone already, or another janitor is removing it.
        if (code === 404 || code === 409) return;
        result.failed.push(info.Id);
      }
    }),
  );
  return result;
}

/** The janitor's age horizon for a driver configured with these lifetimes. */
export function sandboxJanitorMaxAgeMs(maxContainerAgeMs: number, longestJobMs: number): number {
  return maxContainerAgeMs + longestJobMs + 60_000;
}
