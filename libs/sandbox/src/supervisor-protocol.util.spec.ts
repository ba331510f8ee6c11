import { describe, expect, it } from 'vitest';
import {
  DockerStreamDemuxer,
  encodeControl,
  encodeJob,
  encodeTest,
  FrameDecoder,
  isSafeRelativePath,
} from './supervisor-protocol.util';

const limits = { cpuMs: 1000, wallMs: 3000, memoryKb: 65536, outputBytes: 1024 };

describe('isSafeRelativePath', () => {
  it.each(['main.py', 'a/b/c.txt', 'feedback_dir/judgemessage.txt'])('accepts %s', (p) => {
    expect(isSafeRelativePath(p)).toBe(true);
  });
  it.each(['', '/etc/passwd', '../x', 'a/../b', './a', 'a//b', 'a/', 'a\0b'])('refuses %j', (p) => {
    expect(isSafeRelativePath(p)).toBe(false);
  });
});

describe('host frames', () => {
  it('frames a job as [type][u32 length][payload] the decoder reads back', () => {
    const job = encodeJob({
      files: [{ path: 'main.c', content: 'int main(){}' }],
      compile: { argv: ['gcc', 'main.c'], env: ['PATH=/usr/bin'], limits },
      run: { argv: ['./a.out'], env: [] },
      testCount: 2,
    });
    const test = encodeTest({ index: 1, limits, stdin: Buffer.from('1 2\n'), collectFiles: ['out.txt'] });
    const frames = new FrameDecoder().push(Buffer.concat([job, test, encodeControl('A'), encodeControl('Z')]));
    expect(frames.map((f) => f.type)).toEqual(['J', 'T', 'A', 'Z']);
    expect(frames[0].payload.readUInt32BE(0)).toBe(1); // one file
    expect(frames[0].payload.subarray(8, 14).toString()).toBe('main.c');
    expect(frames[1].payload.readUInt32BE(0)).toBe(1); // test index
    expect(frames[1].payload.readUInt32BE(4)).toBe(1000); // cpuMs
    expect(frames[2].payload.length).toBe(0);
    // The last byte: keepServer (absent means no server).
    expect(frames[0].payload.at(-1)).toBe(0);
    const sql = encodeJob({ files: [], run: { argv: ['x'], env: [] }, testCount: 1, keepServer: true });
    expect(new FrameDecoder().push(sql)[0].payload.at(-1)).toBe(1);
  });

  it('refuses unsafe file and collect paths', () => {
    expect(() =>
      encodeTest({ index: 0, limits, stdin: '', files: [{ path: '../../etc/passwd', content: 'x' }] }),
    ).toThrow(/unsafe/);
    expect(() => encodeTest({ index: 0, limits, stdin: '', collectFiles: ['/etc/shadow'] })).toThrow(/unsafe/);
  });
});

describe('FrameDecoder', () => {
  it('reassembles frames split at any byte', () => {
    const data = Buffer.concat([encodeControl('A'), encodeTest({ index: 7, limits, stdin: 'x'.repeat(100) })]);
    const decoder = new FrameDecoder();
    const frames = [...data].flatMap((b) => decoder.push(Buffer.from([b])));
    expect(frames.map((f) => f.type)).toEqual(['A', 'T']);
    expect(decoder.pendingBytes).toBe(0);
  });

  it('refuses a frame over its cap', () => {
    const head = Buffer.from([0x4f, 0, 0, 0x10, 0]);
    expect(() => new FrameDecoder(1024).push(head)).toThrow(/too large/);
  });
});

describe('DockerStreamDemuxer', () => {
  it('splits stdout from stderr and caps stderr', () => {
    const frame = (stream: number, text: string) => {
      const body = Buffer.from(text);
      const head = Buffer.alloc(8);
      head[0] = stream;
      head.writeUInt32BE(body.length, 4);
      return Buffer.concat([head, body]);
    };
    const out: string[] = [];
    const err: string[] = [];
    const demux = new DockerStreamDemuxer(
      (c) => out.push(c.toString()),
      (c) => err.push(c.toString()),
      4,
    );
    const all = Buffer.concat([frame(1, 'hello'), frame(2, 'oops'), frame(2, 'more'), frame(1, '!')]);
    demux.push(all.subarray(0, 10));
    demux.push(all.subarray(10));
    expect(out.join('')).toBe('hello!');
    expect(err.join('')).toBe('oops');
    expect(demux.stderrBytes).toBe(8);
  });
});
