import { formatSessionTime } from '../notes/session-time.util';
import {
  Badge,
  Box,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Slider,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { LIVE_TEXT_NAME, type InterviewReportDto, type LanguageId, type LiveTimelineDto } from '@tryout/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import * as Y from 'yjs';
import { CodeEditor } from '../../problem/code-editor';
import { interviewsApi } from '../interview-api';
import { PLAYBACK_SPEEDS, playbackMarkers, playbackSpan, updatesUpTo, type PlaybackMarker } from './playback.util';

const TICK_MS = 100;
const MARKER_COLORS: Record<PlaybackMarker['kind'], string> = {
  run: 'var(--mantine-color-blue-6)',
  submit: 'var(--mantine-color-green-7)',
  paste: 'var(--mantine-color-orange-6)',
  focus: 'var(--mantine-color-gray-6)',
};

function base64Bytes(b64: string): Uint8Array {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** The document's text after the first `count` updates; replays forward incrementally, rebuilds on a seek back. */
function useReplayedText(timeline: LiveTimelineDto | undefined, count: number): string {
  const replay = useRef<{ timeline: LiveTimelineDto; doc: Y.Doc; applied: number } | null>(null);
  return useMemo(() => {
    if (!timeline) return '';
    let r = replay.current;
    if (!r || r.timeline !== timeline || r.applied > count) {
      r?.doc.destroy();
      r = { timeline, doc: new Y.Doc(), applied: 0 };
      replay.current = r;
    }
    for (; r.applied < count; r.applied++) Y.applyUpdate(r.doc, base64Bytes(timeline.updates[r.applied].update));
    return r.doc.getText(LIVE_TEXT_NAME).toJSON();
  }, [timeline, count]);
}

interface PlaybackProps {
  sessionId: string;
  problems: { position: number; title: string }[];
  language: LanguageId;
  /** Refetch the timeline while the session runs. */
  refreshMs?: number | false;
  /**
   * Seek to this session time (ms since the candidate pressed Start); every new value seeks. Without
   * it the page's `?t=<ms>` (and `?p=<position>`) URL parameters seek once on load.
   */
  seekMs?: number | null;
  /** Where the timeline comes from; the interviewers' route by default (the share link has its own). */
  fetchTimeline?: (position: number) => Promise<LiveTimelineDto>;
}

/**
 * Replays each problem's shared document on a timeline: scrub, play or pause at 1×–8×, with runs,
 * submits, pastes and the candidate's focus changes marked.
 */
/** A report's problems and the language its playback opens in (the first problem's final code). */
export function reportPlayback(report: Pick<InterviewReportDto, 'problems'>): {
  problems: { position: number; title: string }[];
  language: LanguageId;
} {
  return {
    problems: report.problems.map((p) => ({ position: p.position, title: p.title })),
    language: report.problems[0]?.finalCode?.language ?? 'python',
  };
}

export function Playback({ sessionId, problems, language, refreshMs = false, seekMs, fetchTimeline }: PlaybackProps) {
  const [params] = useSearchParams();
  const urlT = params.get('t');
  const urlP = Number(params.get('p'));
  const [position, setPosition] = useState<number>(
    problems.some((p) => p.position === urlP) ? urlP : (problems[0]?.position ?? 1),
  );
  const timeline = useQuery({
    queryKey: ['live-timeline', sessionId, position],
    queryFn: () => (fetchTimeline ? fetchTimeline(position) : interviewsApi.timeline(sessionId, position)),
    refetchInterval: refreshMs,
  });
  const [t, setT] = useState<number>(() => (urlT !== null && Number.isFinite(Number(urlT)) ? Number(urlT) : 0));
  const [atEnd, setAtEnd] = useState(urlT === null && seekMs == null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const data = timeline.data;
  const fetchedAt = timeline.dataUpdatedAt;
  const span = useMemo(() => (data ? playbackSpan(data, fetchedAt) : { origin: 0, length: 0 }), [data, fetchedAt]);
  const shown = atEnd ? span.length : Math.min(t, span.length);

  // A new seekMs, or a new ?t= (a note's time link on this page), seeks (adjusting state while
  // rendering, as React recommends over an effect).
  const [lastSeek, setLastSeek] = useState(seekMs);
  if (seekMs !== lastSeek) {
    setLastSeek(seekMs);
    if (seekMs != null) {
      setPlaying(false);
      setAtEnd(false);
      setT(seekMs);
    }
  }
  const [lastUrlT, setLastUrlT] = useState(urlT);
  if (urlT !== lastUrlT) {
    setLastUrlT(urlT);
    if (urlT !== null && Number.isFinite(Number(urlT))) {
      setPlaying(false);
      setAtEnd(false);
      setT(Number(urlT));
    }
  }

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setT((prev) => {
        const next = prev + TICK_MS * speed;
        if (next >= span.length) setPlaying(false);
        return Math.min(next, span.length);
      });
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [playing, speed, span.length]);

  const count = data ? updatesUpTo(data, span.origin, shown) : 0;
  const text = useReplayedText(data, count);
  const markers = useMemo(() => (data ? playbackMarkers(data, span.origin) : []), [data, span.origin]);
  const seek = (value: number) => {
    setAtEnd(false);
    setT(value);
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="playback">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          Playback
        </Title>
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="playback-time">
          {formatSessionTime(shown)} / {formatSessionTime(span.length)}
        </Text>
      </Group>
      {problems.length > 1 && (
        <Tabs value={String(position)} onChange={(v) => v && setPosition(Number(v))} mb="xs">
          <Tabs.List>
            {problems.map((p) => (
              <Tabs.Tab key={p.position} value={String(p.position)}>
                {p.position}. {p.title}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      )}
      <Stack gap="xs">
        <Group gap="xs">
          <Button
            size="xs"
            onClick={() => {
              if (playing) return setPlaying(false);
              seek(shown >= span.length ? 0 : shown);
              setPlaying(true);
            }}
            data-testid="playback-toggle"
          >
            {playing ? 'Pause' : 'Play'}
          </Button>
          <SegmentedControl
            size="xs"
            aria-label="Playback speed"
            value={String(speed)}
            onChange={(v) => setSpeed(Number(v))}
            data={PLAYBACK_SPEEDS.map((s) => ({ value: String(s), label: `${s}×` }))}
          />
          <Text size="xs" c="dimmed">
            {count} of {data?.updates.length ?? 0} changes
          </Text>
        </Group>
        <Slider
          aria-label="Session time"
          thumbLabel="Session time"
          min={0}
          max={Math.max(1, span.length)}
          step={100}
          value={shown}
          onChange={seek}
          label={(v) => formatSessionTime(v)}
          data-testid="playback-slider"
        />
        <Box pos="relative" h={14} data-testid="playback-markers">
          {markers.map((m, i) => (
            <Tooltip key={i} label={`${formatSessionTime(m.t)} ${m.label}`}>
              <Box
                component="button"
                type="button"
                aria-label={`${formatSessionTime(m.t)} ${m.label}`}
                onClick={() => seek(m.t)}
                pos="absolute"
                top={0}
                w={6}
                h={14}
                p={0}
                style={{
                  left: `calc(${span.length ? (m.t / span.length) * 100 : 0}% - 3px)`,
                  background: MARKER_COLORS[m.kind],
                  border: 0,
                  borderRadius: 2,
                  cursor: 'pointer',
                }}
                data-kind={m.kind}
              />
            </Tooltip>
          ))}
        </Box>
        <Group gap="xs">
          {(['run', 'submit', 'paste', 'focus'] as const).map((k) => (
            <Badge key={k} variant="dot" color={MARKER_COLORS[k]} size="sm">
              {k === 'focus' ? 'left the page' : k}
            </Badge>
          ))}
        </Group>
        <Box h={320}>
          <CodeEditor value={text} language={language} readOnly label="Playback" testId="playback-code" />
        </Box>
      </Stack>
    </Paper>
  );
}
