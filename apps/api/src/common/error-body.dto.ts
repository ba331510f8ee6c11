import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_ERROR_CODES, type ApiErrorBody } from '@tryout/contracts';

export class ErrorBodyDto implements ApiErrorBody {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ enum: API_ERROR_CODES, description: 'Stable; branch on this, never on message' }) code: string;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ description: 'Field errors for validation_failed: [{ field, errors[] }]' }) details?: unknown;
  @ApiPropertyOptional({ description: 'Also in the x-request-id header and in the logs' }) requestId?: string;
}
