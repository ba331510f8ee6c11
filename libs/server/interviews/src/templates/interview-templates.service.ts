import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  InterviewPartRefDto,
  InterviewPartRequest,
  CreateInterviewFromTemplateRequest,
  CreateInterviewResponse,
  InterviewTemplateDto,
  SaveInterviewTemplateRequest,
} from '@tryout/contracts';
import { ProblemEntity } from '@tryout/server-problems';
import { DataSource, In } from 'typeorm';
import { InterviewException } from '../interview.exception';
import { InterviewPartsService } from '../parts/interview-parts.service';
import { partRefDto } from '../parts/interview-parts.util';
import { InterviewsService, type InterviewCaller } from '../sessions/interviews.service';
import { InterviewTemplateEntity } from './interview-template.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reusable interviews: interviewers manage their own templates, admins all of them. */
@Injectable()
export class InterviewTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    private readonly parts: InterviewPartsService,
  ) {}

  private get templates() {
    return this.dataSource.getRepository(InterviewTemplateEntity);
  }

  async list(caller: InterviewCaller): Promise<InterviewTemplateDto[]> {
    const rows = await this.templates.find({
      where: caller.role === 'admin' ? {} : { ownerId: caller.userId },
      order: { name: 'ASC' },
      take: 500,
    });
    return this.toDtos(rows);
  }

  async get(caller: InterviewCaller, id: string): Promise<InterviewTemplateDto> {
    return (await this.toDtos([await this.findVisible(caller, id)]))[0];
  }

  async create(caller: InterviewCaller, req: SaveInterviewTemplateRequest): Promise<InterviewTemplateDto> {
    const fields = await this.fields(req);
    const saved = await this.templates.save(this.templates.create({ ...fields, ownerId: caller.userId }));
    return this.get(caller, saved.id);
  }

  async update(caller: InterviewCaller, id: string, req: SaveInterviewTemplateRequest): Promise<InterviewTemplateDto> {
    await this.findVisible(caller, id);
    await this.templates.update({ id }, await this.fields(req));
    return this.get(caller, id);
  }

  async remove(caller: InterviewCaller, id: string): Promise<void> {
    await this.findVisible(caller, id);
    await this.templates.delete({ id });
  }

  /** A session from the template: its problems, parts, duration and languages; the caller owns the session. */
  async createInterview(
    caller: InterviewCaller,
    id: string,
    req: CreateInterviewFromTemplateRequest,
  ): Promise<CreateInterviewResponse> {
    const template = await this.get(caller, id);
    return this.interviews.create(caller, {
      ...req,
      title: req.title?.trim() || template.name,
      problems: template.problems.map((p) => p.slug),
      durationMinutes: template.durationMinutes,
      languages: template.languages,
      parts: template.parts.map((p) =>
        p.quiz ? { kind: 'quiz' as const, quiz: p.quiz.slug } : { kind: 'open' as const, title: p.title, ...p.open },
      ),
    });
  }

  private async findVisible(caller: InterviewCaller, id: string): Promise<InterviewTemplateEntity> {
    const notFound = new InterviewException('interview_template_not_found', 'no such interview template');
    if (!UUID.test(id)) throw notFound;
    const t = await this.templates.findOneBy({ id });
    if (!t || (caller.role !== 'admin' && t.ownerId !== caller.userId)) throw notFound;
    return t;
  }

  private async fields(req: SaveInterviewTemplateRequest) {
    const bySlug = await this.interviews.resolveProblems(req.problems, req.languages);
    // Checked now (the sets exist, open questions are complete); a session made later checks again.
    const { plans } = await this.parts.resolve(req.parts);
    return {
      parts: plans,
      name: req.name.trim(),
      problemIds: req.problems.map((slug) => bySlug.get(slug)!.id),
      durationMinutes: req.durationMinutes,
      languages: [...new Set(req.languages)],
    };
  }

  private async toDtos(rows: InterviewTemplateEntity[]): Promise<InterviewTemplateDto[]> {
    const ids = [...new Set(rows.flatMap((r) => r.problemIds))];
    const problems = ids.length
      ? await this.dataSource.getRepository(ProblemEntity).find({
          where: { id: In(ids) },
          select: ['id', 'slug', 'title', 'difficulty'],
        })
      : [];
    const byId = new Map(problems.map((p) => [p.id, p]));
    const owners = await this.interviews.userNames(rows.map((r) => r.ownerId));
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        name: r.name,
        // A problem removed from the catalog drops out of the template.
        problems: r.problemIds
          .map((pid) => byId.get(pid))
          .filter((p): p is ProblemEntity => !!p)
          .map((p, i) => ({ position: i + 1, slug: p.slug, title: p.title, difficulty: p.difficulty })),
        parts: await this.partRefs(r.parts),
        durationMinutes: r.durationMinutes,
        languages: r.languages,
        owner: owners.get(r.ownerId) ?? '',
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      })),
    );
  }

  /** A template's parts as a session would show them (a quiz set removed from the catalog drops out). */
  private async partRefs(parts: InterviewPartRequest[]): Promise<InterviewPartRefDto[]> {
    const refs: InterviewPartRefDto[] = [];
    for (const p of parts) {
      const resolved = await this.parts.resolve([p]).catch(() => null);
      const row = resolved?.rows[0];
      if (row) refs.push(partRefDto({ ...row, sessionId: '', position: refs.length + 1 }));
    }
    return refs;
  }
}
