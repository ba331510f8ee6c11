import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGE_IDS, type DraftDto, type LanguageId } from '@tryout/contracts';

export class DraftResponseDto implements DraftDto {
  @ApiProperty() problemSlug: string;
  @ApiProperty({ enum: LANGUAGE_IDS }) language: LanguageId;
  @ApiProperty() source: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
