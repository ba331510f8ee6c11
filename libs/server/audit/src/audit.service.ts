import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditAction, AuditEntryDto, AuditListQuery, AuditListResponse, AuditTargetType } from '@tryout/contracts';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditActor {
  id: string;
  label: string;
}

export interface AuditRecord {
  actor: AuditActor;
  action: AuditAction;
  target: { type: AuditTargetType; id: string; label: string };
  details?: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Escapes LIKE wildcards so a search for `a_b` means the text `a_b`. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLogEntity) private readonly entries: Repository<AuditLogEntity>) {}

  /**
   * Appends an entry. Pass the transaction's manager so the entry commits (or rolls back) with the
   * change it describes.
   */
  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditLogEntity) : this.entries;
    // save(), not insert(): insert's typing can't take a free-form jsonb object.
    await repo.save(
      repo.create({
        actorId: entry.actor.id,
        actorLabel: entry.actor.label,
        action: entry.action,
        targetType: entry.target.type,
        targetId: entry.target.id,
        targetLabel: entry.target.label,
        details: entry.details ?? null,
      }),
    );
  }

  async list(query: AuditListQuery & { page: number; pageSize: number }): Promise<AuditListResponse> {
    const qb = this.entries.createQueryBuilder('a');
    const match = (idColumn: string, labelColumn: string, value: string, name: string) =>
      new Brackets((w) => {
        w.where(`lower(${labelColumn}) LIKE :${name}Like ESCAPE '\\'`, { [`${name}Like`]: likePattern(value) });
        // Ids compared as text: target ids are not all uuids (job ids), actor ids are.
        if (UUID.test(value) || name === 'target')
          w.orWhere(`${idColumn}::text = :${name}Id`, { [`${name}Id`]: value });
      });
    if (query.actor) qb.andWhere(match('a.actor_id', 'a.actor_label', query.actor, 'actor'));
    if (query.target) qb.andWhere(match('a.target_id', 'a.target_label', query.target, 'target'));
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    const [rows, total] = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toAuditEntryDto), page: query.page, pageSize: query.pageSize, total };
  }
}

export function toAuditEntryDto(row: AuditLogEntity): AuditEntryDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel: row.targetLabel,
    details: row.details,
  };
}
