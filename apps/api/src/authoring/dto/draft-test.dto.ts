import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateDraftTestRequest, ReorderDraftTestsRequest } from '@tryout/contracts';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

export class CreateDraftTestDto implements CreateDraftTestRequest {
  @ApiPropertyOptional({ description: 'Without the group: `01`, `g1/03`; default the next free number' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
  @ApiProperty() @IsBoolean() hidden: boolean;
  @ApiProperty({ description: 'The .in file (large ones: the streamed PUT …/input)' })
  @MultilineText()
  @IsString()
  input: string;
  @ApiProperty({ description: 'The .ans file' }) @MultilineText() @IsString() answer: string;
  @ApiPropertyOptional({ type: [String], nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  validatorFlags?: string[] | null;
}

export class UpdateDraftTestDto implements Partial<CreateDraftTestRequest> {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() hidden?: boolean;
  @ApiPropertyOptional() @IsOptional() @MultilineText() @IsString() input?: string;
  @ApiPropertyOptional() @IsOptional() @MultilineText() @IsString() answer?: string;
  @ApiPropertyOptional({ type: [String], nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  validatorFlags?: string[] | null;
}

export class ReorderDraftTestsDto implements ReorderDraftTestsRequest {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(10_000) @IsUUID('all', { each: true }) testIds: string[];
}
