import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INTERVIEW_LIMITS, type InterviewNoteDto, type InterviewNotesDto, type ReportNoteDto } from '@tryout/contracts';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../clock/clock';
import { InterviewException } from '../interview.exception';
import { InterviewsService, type InterviewCaller } from '../sessions/interviews.service';
import { InterviewNoteEntity } from './interview-note.entity';
import { sessionTimeMs } from './session-time.util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function noteDto(n: InterviewNoteEntity): InterviewNoteDto {
  return {
    id: n.id,
    body: n.body,
    sessionMs: n.sessionMs,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}

/** Each interviewer's private notes on a session: a list of entries stamped with the session time. */
@Injectable()
export class InterviewNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get notes() {
    return this.dataSource.getRepository(InterviewNoteEntity);
  }

  async list(caller: InterviewCaller, id: string): Promise<InterviewNotesDto> {
    await this.interviews.findVisible(caller, id);
    const rows = await this.notes.find({
      where: { sessionId: id, authorId: caller.userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { notes: rows.map(noteDto) };
  }

  /** A new entry, stamped with the session time by the server's clock (never the browser's). */
  async add(caller: InterviewCaller, id: string, body: string): Promise<InterviewNoteDto> {
    const s = await this.interviews.findVisible(caller, id);
    this.checkBody(body);
    const count = await this.notes.countBy({ sessionId: id, authorId: caller.userId });
    if (count >= INTERVIEW_LIMITS.notesMaxEntries)
      throw new InterviewException(
        'validation_failed',
        `at most ${INTERVIEW_LIMITS.notesMaxEntries} notes per interviewer; edit an existing one`,
      );
    const now = this.clock.now();
    const saved = await this.notes.save(
      this.notes.create({
        sessionId: id,
        authorId: caller.userId,
        body,
        sessionMs: sessionTimeMs(s, now),
        createdAt: now,
        updatedAt: now,
      }),
    );
    return noteDto(saved);
  }

  /** Edits the text; the stamp stays the moment the note was first written. */
  async edit(caller: InterviewCaller, id: string, noteId: string, body: string): Promise<InterviewNoteDto> {
    await this.interviews.findVisible(caller, id);
    this.checkBody(body);
    const note = await this.own(caller, id, noteId);
    note.body = body;
    note.updatedAt = this.clock.now();
    return noteDto(await this.notes.save(note));
  }

  async remove(caller: InterviewCaller, id: string, noteId: string): Promise<void> {
    await this.interviews.findVisible(caller, id);
    await this.notes.delete({ id: (await this.own(caller, id, noteId)).id });
  }

  /** Every interviewer's entries, in session-time order (those written before Start first). */
  async forReport(sessionId: string): Promise<ReportNoteDto[]> {
    const rows = await this.notes
      .createQueryBuilder('n')
      .where('n.session_id = :sessionId', { sessionId })
      .orderBy('n.session_ms', 'ASC', 'NULLS FIRST')
      .addOrderBy('n.created_at', 'ASC')
      .getMany();
    const names = await this.interviews.userNames(rows.map((n) => n.authorId));
    return rows.map((n) => ({
      author: names.get(n.authorId) ?? '',
      body: n.body,
      sessionMs: n.sessionMs,
      createdAt: n.createdAt.toISOString(),
    }));
  }

  /** Only the author's own entries exist for the caller; anyone else's are "not found". */
  private async own(caller: InterviewCaller, sessionId: string, noteId: string): Promise<InterviewNoteEntity> {
    const note = UUID.test(noteId)
      ? await this.notes.findOneBy({ id: noteId, sessionId, authorId: caller.userId })
      : null;
    if (!note) throw new InterviewException('note_not_found', 'no such note');
    return note;
  }

  private checkBody(body: string): void {
    if (!body.trim()) throw new InterviewException('validation_failed', 'a note needs some text');
    if (Buffer.byteLength(body, 'utf8') > INTERVIEW_LIMITS.notesMaxBytes)
      throw new InterviewException('validation_failed', `a note is limited to ${INTERVIEW_LIMITS.notesMaxBytes} bytes`);
  }
}
