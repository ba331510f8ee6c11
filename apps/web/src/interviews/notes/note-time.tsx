import { Anchor, Badge } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatSessionTime, playbackHref } from './session-time.util';

/**
 * A note's session time as mm:ss. With `onSeek` (a page that shows the playback) a click seeks
 * there; with `sessionId` it links to the playback at that moment; otherwise it is plain text.
 */
export function NoteTime({
  ms,
  sessionId,
  onSeek,
}: {
  ms: number | null;
  sessionId?: string;
  onSeek?: (ms: number) => void;
}) {
  if (ms === null)
    return (
      <Badge variant="light" color="gray" size="sm" data-testid="note-time">
        before start
      </Badge>
    );
  const label = formatSessionTime(ms);
  const title = `Session time ${label}: open the playback at this moment`;
  if (onSeek)
    return (
      <Anchor
        component="button"
        type="button"
        size="sm"
        ff="monospace"
        title={title}
        onClick={() => onSeek(ms)}
        data-testid="note-time"
      >
        {label}
      </Anchor>
    );
  if (sessionId)
    return (
      <Anchor
        component={Link}
        to={playbackHref(sessionId, ms)}
        size="sm"
        ff="monospace"
        title={title}
        data-testid="note-time"
      >
        {label}
      </Anchor>
    );
  return (
    <Badge variant="light" color="gray" size="sm" ff="monospace" data-testid="note-time">
      {label}
    </Badge>
  );
}
