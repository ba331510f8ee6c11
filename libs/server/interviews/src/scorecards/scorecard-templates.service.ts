import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SaveScorecardTemplateRequest, ScorecardTemplateDto } from '@tryout/contracts';
import { DataSource, IsNull, QueryFailedError } from 'typeorm';
import { CLOCK, type Clock } from '../clock/clock';
import { InterviewException } from '../interview.exception';
import { ScorecardTemplateEntity } from './scorecard-template.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function scorecardTemplateDto(t: ScorecardTemplateEntity): ScorecardTemplateDto {
  return {
    id: t.id,
    name: t.name,
    criteria: t.criteria,
    archivedAt: t.archivedAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** Scorecard templates: admins keep them, interviewers pick an active one per session. */
@Injectable()
export class ScorecardTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get templates() {
    return this.dataSource.getRepository(ScorecardTemplateEntity);
  }

  /** Every template, active ones first (admin). */
  async listAll(): Promise<ScorecardTemplateDto[]> {
    const rows = await this.templates
      .createQueryBuilder('t')
      .orderBy('t.archived_at', 'ASC', 'NULLS FIRST')
      .addOrderBy('t.name', 'ASC')
      .getMany();
    return rows.map(scorecardTemplateDto);
  }

  /** The templates an interviewer may pick. */
  async listActive(): Promise<ScorecardTemplateDto[]> {
    const rows = await this.templates.find({ where: { archivedAt: IsNull() }, order: { name: 'ASC' } });
    return rows.map(scorecardTemplateDto);
  }

  async find(id: string): Promise<ScorecardTemplateEntity> {
    const t = UUID.test(id) ? await this.templates.findOneBy({ id }) : null;
    if (!t) throw new InterviewException('scorecard_template_not_found', 'no such scorecard template');
    return t;
  }

  async create(req: SaveScorecardTemplateRequest): Promise<ScorecardTemplateDto> {
    const now = this.clock.now();
    const row = this.templates.create({ ...this.clean(req), archivedAt: null, createdAt: now, updatedAt: now });
    return scorecardTemplateDto(await this.saveUnique(row));
  }

  /** Sessions keep their own copy of the criteria, so an edit changes only sessions that pick it later. */
  async update(id: string, req: SaveScorecardTemplateRequest): Promise<ScorecardTemplateDto> {
    const t = await this.find(id);
    Object.assign(t, this.clean(req), { updatedAt: this.clock.now() });
    return scorecardTemplateDto(await this.saveUnique(t));
  }

  /** Archived templates can no longer be picked; sessions that use one keep it. */
  async setArchived(id: string, archived: boolean): Promise<ScorecardTemplateDto> {
    const t = await this.find(id);
    const now = this.clock.now();
    t.archivedAt = archived ? (t.archivedAt ?? now) : null;
    t.updatedAt = now;
    return scorecardTemplateDto(await this.templates.save(t));
  }

  private clean(req: SaveScorecardTemplateRequest): Pick<ScorecardTemplateEntity, 'name' | 'criteria'> {
    const criteria = req.criteria.map((c) => ({ name: c.name.trim(), description: c.description.trim() }));
    const seen = new Set<string>();
    for (const c of criteria) {
      if (!c.name) throw new InterviewException('validation_failed', 'every criterion needs a name');
      const key = c.name.toLowerCase();
      if (seen.has(key)) throw new InterviewException('validation_failed', `criterion "${c.name}" appears twice`);
      seen.add(key);
    }
    const name = req.name.trim();
    if (!name) throw new InterviewException('validation_failed', 'the template needs a name');
    return { name, criteria };
  }

  private async saveUnique(t: ScorecardTemplateEntity): Promise<ScorecardTemplateEntity> {
    const taken = await this.templates
      .createQueryBuilder('t')
      .where('t.name = :name', { name: t.name })
      .andWhere(t.id ? 't.id <> :id' : 'TRUE', { id: t.id })
      .getExists();
    const error = new InterviewException('scorecard_template_name_taken', `a template named "${t.name}" exists`);
    if (taken) throw error;
    try {
      return await this.templates.save(t);
    } catch (err) {
      // Two admins saving the same name at once: the unique index decides.
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') throw error;
      throw err;
    }
  }
}
