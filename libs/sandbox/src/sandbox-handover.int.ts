import Dockerode from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerSandboxDriver } from './docker-sandbox.driver';
import { collect, languageJob, sandboxContainers } from './testing/sandbox-testing.util';

const docker = new Dockerode();

/**
 * Everything another owner's job could notice in the container it is given, as JSON: every entry
 * of every writable place (names, types, modes, sizes, extended attributes, the roots included),
 * every directory it may write anywhere, processes, SysV IPC and message queues, its own and the
 * supervisor's limits and priorities, free space and inodes, environment, descriptors, hostname.
 * Times and pid numbers are left out (they differ between any two containers).
 */
const PROBE = String.raw`
import json, os, resource, socket, stat
def xattrs(p):
    try: return sorted((n, os.getxattr(p, n, follow_symlinks=False).hex()) for n in os.listxattr(p, follow_symlinks=False))
    except OSError as e: return 'err %d' % e.errno
def entry(p):
    st = os.lstat(p)
    return [p, stat.filemode(st.st_mode), st.st_size if stat.S_ISREG(st.st_mode) else 0, xattrs(p)]
def tree(root):
    out = [entry(root)]
    for dirpath, dirs, files in os.walk(root, onerror=lambda e: out.append(['unreadable', e.filename])):
        for n in sorted(dirs + files): out.append(entry(os.path.join(dirpath, n)))
    return out
writable = []
for dirpath, dirs, files in os.walk('/'):
    if dirpath in ('/proc', '/sys'): dirs[:] = []; continue
    dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(dirpath, d))]
    if os.access(dirpath, os.W_OK): writable.append(dirpath)
places = sorted(set(writable) | {'/work', '/tmp'})
procs = sorted(open('/proc/%s/comm' % p).read().strip() for p in os.listdir('/proc') if p.isdigit() and int(p) not in (os.getpid(),))
def vfs(p):
    s = os.statvfs(p); return [s.f_bfree, s.f_ffree]
print(json.dumps({
    'writable': writable,
    'trees': [tree(p) for p in places if os.path.isdir(p) and not p.startswith('/dev/pts')],
    'procs': procs,
    'sysvipc': {k: open('/proc/sysvipc/' + k).read().count('\n') for k in ('shm', 'msg', 'sem')},
    'limits': [resource.getrlimit(r) for r in range(16)],
    'pid1_limits': [resource.prlimit(1, r) for r in range(16)],
    'nice': [os.getpriority(os.PRIO_PROCESS, 0), os.getpriority(os.PRIO_PROCESS, 1)],
    'sched': [os.sched_getscheduler(0), os.sched_getscheduler(1), sorted(os.sched_getaffinity(0)), sorted(os.sched_getaffinity(1))],
    'vfs': [vfs('/work'), vfs('/tmp')],
    'env': sorted(os.environ.items()), 'umask': os.umask(0o22), 'fds': sorted(os.listdir('/proc/self/fd')),
    'hostname': socket.gethostname(), 'cwd': os.getcwd(),
}, sort_keys=True))
`;

/** A clean job as hostile as a clean job can be: all of it must be gone for the next owner. */
const PLANT_CLEAN = String.raw`
import os, resource, socket
done = []
def tryit(name, f):
    try: f(); done.append(name)
    except OSError as e: done.append('%s failed %d' % (name, e.errno))
for root in ('/work', '/tmp'):
    tryit('deep hidden file', lambda: (os.makedirs(root + '/.h/.d/e', exist_ok=True), open(root + '/.h/.d/e/.secret', 'w').write('A')))
    tryit('file xattr', lambda: os.setxattr(root + '/.h', 'user.a', b'secret'))
    tryit('root xattr', lambda: os.setxattr(root, 'user.root', b'secret'))
    tryit('fifo', lambda: os.mkfifo(root + '/.fifo'))
    tryit('symlink', lambda: os.symlink('/etc/passwd', root + '/.link'))
    tryit('socket file', lambda: socket.socket(socket.AF_UNIX).bind(root + '/.sock'))
    tryit('chmod 000 dir', lambda: (os.makedirs(root + '/.locked/in'), open(root + '/.locked/in/f', 'w').write('A'), os.chmod(root + '/.locked/in', 0), os.chmod(root + '/.locked', 0)))
    tryit('setuid-less odd modes', lambda: (open(root + '/.m', 'w').write('A'), os.chmod(root + '/.m', 0o7777 & ~0o6000)))
tryit('large tmpfs file', lambda: open('/tmp/.big', 'wb').write(b'x' * (40 << 20)))
tryit('own ulimits', lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (32, 32)))
tryit('chmod roots', lambda: (os.chmod('/tmp', 0o500), os.chmod('/work', 0o500)))
print(done)
`;

/** Each of these survives a process's death or is beyond the supervisor's power to undo. */
const HOSTILE: Record<string, string> = {
  'a daemon (double fork, setsid)': String.raw`
import os, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        while True:
            open('/tmp/.beat', 'w').write('A'); time.sleep(0.05)
    os._exit(0)
os.wait(); time.sleep(0.2); print('ok')
`,
  'a SysV shared memory segment': `import ctypes; l = ctypes.CDLL(None, use_errno=True); assert l.shmget(1234, 4096, 0o1666) >= 0; print('ok')`,
  'a SysV message queue': `import ctypes; l = ctypes.CDLL(None, use_errno=True); assert l.msgget(1234, 0o1666) >= 0; print('ok')`,
  'a SysV semaphore set': `import ctypes; l = ctypes.CDLL(None, use_errno=True); assert l.semget(1234, 1, 0o1666) >= 0; print('ok')`,
  'a POSIX message queue': `import ctypes; l = ctypes.CDLL(None, use_errno=True); assert l.mq_open(b'/planted', 0o100 | 2, 0o666, None) >= 0, ctypes.get_errno(); print('ok')`,
  'lowered rlimits of the supervisor (prlimit on PID 1)': `import resource; resource.prlimit(1, resource.RLIMIT_NOFILE, (64, 64)); print('ok')`,
  'a raised nice value of the supervisor': `import os; os.setpriority(os.PRIO_PROCESS, 1, 10); print('ok')`,
  'SCHED_IDLE for the supervisor': `import os; os.sched_setscheduler(1, os.SCHED_IDLE, os.sched_param(0)); print('ok')`,
  'a narrowed CPU affinity of the supervisor': `import os; os.sched_setaffinity(1, {min(os.sched_getaffinity(1))}); print('ok')`,
  'the idle I/O class for the supervisor': `import ctypes; l = ctypes.CDLL(None, use_errno=True); assert l.syscall(251, 1, 1, 3 << 13) == 0, ctypes.get_errno(); print('ok')`,
};

const probeJob = (owner: string) => languageJob('python', owner, PROBE, [{ id: 'probe', stdin: '' }]);

describe('DockerSandboxDriver: a container handed to another owner is as clean as a new one', () => {
  // No warm pool: a job gets the only idle container (another owner's) or a new one, nothing else.
  const driver = new DockerSandboxDriver(docker, { poolSize: 0, idleMs: 120_000, reuseRuns: 100 });
  let fresh: string;

  beforeAll(async () => {
    const r = await collect(driver, probeJob('reference'));
    expect(r.tests[0].result.termination).toBe('exited');
    fresh = r.tests[0].result.stdout.toString();
    expect(JSON.parse(fresh)).toMatchObject({ procs: ['supervisor'], hostname: 'sandbox' });
  });

  afterAll(async () => {
    await driver.close();
    expect(await sandboxContainers(docker, driver.driverId)).toEqual([]);
  });

  it("hands a clean job's container to the next owner, and nothing the job left is there", async () => {
    const before = { ...driver.stats };
    const plant = await collect(driver, languageJob('python', 'planter', PLANT_CLEAN, [{ id: '1', stdin: '' }]));
    expect(plant.tests[0].result.termination).toBe('exited');
    const planted = plant.tests[0].result.stdout.toString();
    // What the kernel allows here was planted (xattrs on tmpfs need Linux ≥ 6.6).
    expect(planted).toContain('deep hidden file');
    expect(planted).not.toContain('chmod 000 dir failed');
    expect(planted).not.toContain('chmod roots failed');
    const probe = await collect(driver, probeJob('victim'));
    expect(driver.stats.handovers).toBe(before.handovers + 2);
    expect(driver.stats.created).toBe(before.created);
    expect(probe.tests[0].result.stdout.toString()).toBe(fresh);
  });

  for (const [what, source] of Object.entries(HOSTILE)) {
    it(`destroys the container after ${what}; the next owner gets a new one`, async () => {
      const before = { ...driver.stats };
      const r = await collect(driver, languageJob('python', `hostile-${what}`, source, [{ id: '1', stdin: '' }]));
      expect(r.tests[0].result.termination).toBe('exited');
      expect(r.tests[0].result.stdout.toString()).toBe('ok\n');
      const probe = await collect(driver, probeJob(`victim-${what}`));
      // The hostile job got the idle container; the victim did not get it after that job.
      expect(driver.stats.handovers).toBe(before.handovers + 1);
      expect(driver.stats.created).toBe(before.created + 1);
      expect(probe.tests[0].result.stdout.toString()).toBe(fresh);
    });
  }
});
