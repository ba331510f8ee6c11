import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  type AdminUserDto,
  type AdminUserListResponse,
  type AuditAction,
  type AuditEntryDto,
  type AuditListResponse,
  type AuditTargetType,
  type FailedJobDto,
  type QueueCountsDto,
  type QueueOverviewDto,
} from '@tryout/contracts';
import { UserResponseDto } from '../../auth/dto/auth-response.dto';

export class AdminUserResponseDto extends UserResponseDto implements AdminUserDto {
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) disabledAt: string | null;
}

export class AdminUserListResponseDto implements AdminUserListResponse {
  @ApiProperty({ type: [AdminUserResponseDto] }) items: AdminUserResponseDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class AuditEntryResponseDto implements AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId: string | null;
  @ApiProperty() actorLabel: string;
  @ApiProperty({ enum: AUDIT_TARGET_TYPES }) targetType: AuditTargetType;
  @ApiProperty() targetId: string;
  @ApiProperty() targetLabel: string;
  @ApiPropertyOptional({ type: 'object', nullable: true, additionalProperties: true })
  details: Record<string, unknown> | null;
}

export class AuditListResponseDto implements AuditListResponse {
  @ApiProperty({ type: [AuditEntryResponseDto] }) items: AuditEntryResponseDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

export class QueueCountsResponseDto implements QueueCountsDto {
  @ApiProperty() waiting: number;
  @ApiProperty() prioritized: number;
  @ApiProperty() active: number;
  @ApiProperty() delayed: number;
  @ApiProperty() failed: number;
  @ApiProperty() completed: number;
  @ApiProperty() paused: number;
}

export class FailedJobResponseDto implements FailedJobDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) submissionId: string | null;
  @ApiProperty() failedReason: string;
  @ApiProperty() attemptsMade: number;
  @ApiProperty({ format: 'date-time' }) enqueuedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) failedAt: string | null;
}

export class QueueOverviewResponseDto implements QueueOverviewDto {
  @ApiProperty() queue: string;
  @ApiProperty({ type: QueueCountsResponseDto }) counts: QueueCountsResponseDto;
  @ApiProperty({ type: [FailedJobResponseDto] }) failed: FailedJobResponseDto[];
}
