import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DIFFICULTIES,
  LANGUAGE_IDS,
  VERDICTS,
  type AuthoringCallableDto,
  type AuthoringCheckingDto,
  type AuthoringLimitsDto,
  type AuthoringSolutionDto,
  type AuthoringValidatorDto,
  type Difficulty,
  type LanguageId,
  type ProblemType,
  type UpdateDraftRequest,
  type Verdict,
} from '@tryout/contracts';
import { AUTHORED_PROBLEM_TYPES, SQL_AUTHORING_REFUSAL } from '@tryout/server-authoring';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

/** Largest statement, editorial, hint, solution or validator file (characters). */
const TEXT_MAX = 200_000;

export class AuthoringParamBodyDto {
  @ApiProperty() @IsString() @MaxLength(64) name: string;
  @ApiProperty() @IsString() @MaxLength(64) type: string;
}

export class AuthoringMethodBodyDto {
  @ApiProperty() @IsString() @MaxLength(64) name: string;
  @ApiProperty({ type: [AuthoringParamBodyDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AuthoringParamBodyDto)
  params: AuthoringParamBodyDto[];
  @ApiProperty() @IsString() @MaxLength(64) returns: string;
}

/** One class for both kinds: `params`/`returns` for a function, `constructorParams`/`methods` for a class. */
export class AuthoringCallableBodyDto {
  @ApiProperty({ enum: ['function', 'class'] }) @IsIn(['function', 'class']) kind: 'function' | 'class';
  @ApiProperty() @IsString() @MaxLength(64) name: string;
  @ApiProperty({ description: 'exact, any_order, any_order_deep or float:<eps>' })
  @IsString()
  @MaxLength(40)
  compare: string;

  @ApiPropertyOptional({ type: [AuthoringParamBodyDto] })
  @ValidateIf((o: AuthoringCallableBodyDto) => o.kind === 'function')
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AuthoringParamBodyDto)
  params?: AuthoringParamBodyDto[];

  @ApiPropertyOptional()
  @ValidateIf((o: AuthoringCallableBodyDto) => o.kind === 'function')
  @IsString()
  @MaxLength(64)
  returns?: string;

  @ApiPropertyOptional({ type: [AuthoringParamBodyDto] })
  @ValidateIf((o: AuthoringCallableBodyDto) => o.kind === 'class')
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AuthoringParamBodyDto)
  constructorParams?: AuthoringParamBodyDto[];

  @ApiPropertyOptional({ type: [AuthoringMethodBodyDto] })
  @ValidateIf((o: AuthoringCallableBodyDto) => o.kind === 'class')
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AuthoringMethodBodyDto)
  methods?: AuthoringMethodBodyDto[];
}

export class AuthoringLimitsBodyDto implements AuthoringLimitsDto {
  @ApiProperty({ nullable: true, type: Number, description: 'ms per test; null: derived by Validate' })
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  timeLimitMs: number | null;
  @ApiProperty() @IsInt() memoryMb: number;
  @ApiProperty() @IsInt() outputMb: number;
  @ApiProperty() @IsNumber() timeMultiplier: number;
  @ApiProperty() @IsNumber() timeSafetyMargin: number;
}

export class AuthoringCheckingBodyDto implements AuthoringCheckingDto {
  @ApiProperty({ enum: ['default', 'custom'] }) @IsIn(['default', 'custom']) kind: 'default' | 'custom';
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  flags: string[];
}

export class AuthoringSolutionBodyDto implements AuthoringSolutionDto {
  @ApiProperty({ example: 'accepted/sol.py' }) @IsString() @MaxLength(200) path: string;
  @ApiProperty({ enum: LANGUAGE_IDS }) @IsIn(LANGUAGE_IDS) language: LanguageId;
  @ApiProperty({ enum: VERDICTS, isArray: true })
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(VERDICTS, { each: true })
  expected: Verdict[];
  @ApiProperty() @IsString() @MaxLength(TEXT_MAX) source: string;
}

export class AuthoringFileBodyDto {
  @ApiProperty() @IsString() @MaxLength(200) path: string;
  @ApiProperty() @IsString() @MaxLength(TEXT_MAX) content: string;
}

export class AuthoringValidatorBodyDto implements AuthoringValidatorDto {
  @ApiProperty({ enum: ['c', 'cpp', 'python'] }) @IsIn(['c', 'cpp', 'python']) language: LanguageId;
  @ApiProperty() @IsString() @MaxLength(200) entry: string;
  @ApiProperty({ type: [AuthoringFileBodyDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AuthoringFileBodyDto)
  files: AuthoringFileBodyDto[];
}

/** PATCH /api/admin/drafts/:draftId: any subset of the draft's content. */
export class UpdateDraftDto implements UpdateDraftRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) slug?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) title?: string;
  @ApiPropertyOptional({ enum: AUTHORED_PROBLEM_TYPES })
  @IsOptional()
  @IsIn(AUTHORED_PROBLEM_TYPES, {
    message: `type must be one of ${AUTHORED_PROBLEM_TYPES.join(', ')} (${SQL_AUTHORING_REFUSAL})`,
  })
  type?: ProblemType;
  @ApiPropertyOptional({ enum: DIFFICULTIES }) @IsOptional() @IsIn(DIFFICULTIES) difficulty?: Difficulty;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[];
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(200)
  source?: string | null;
  @ApiPropertyOptional({ description: 'Markdown with $…$ math' })
  @IsOptional()
  @MultilineText()
  @IsString()
  @MaxLength(TEXT_MAX)
  statement?: string;
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @MultilineText()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(TEXT_MAX)
  editorial?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @MultilineText()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(TEXT_MAX, { each: true })
  hints?: string[];
  @ApiPropertyOptional({ type: AuthoringLimitsBodyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuthoringLimitsBodyDto)
  limits?: AuthoringLimitsBodyDto;
  @ApiPropertyOptional({ type: AuthoringCheckingBodyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuthoringCheckingBodyDto)
  checking?: AuthoringCheckingBodyDto;
  @ApiPropertyOptional({ type: AuthoringCallableBodyDto, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @ValidateNested()
  @Type(() => AuthoringCallableBodyDto)
  callable?: AuthoringCallableDto | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'language → starter code',
  })
  @IsOptional()
  @MultilineText()
  @IsObject()
  starters?: Partial<Record<LanguageId, string>>;
  @ApiPropertyOptional({ type: [AuthoringSolutionBodyDto] })
  @IsOptional()
  @MultilineText()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AuthoringSolutionBodyDto)
  solutions?: AuthoringSolutionBodyDto[];
  @ApiPropertyOptional({ type: AuthoringValidatorBodyDto, nullable: true })
  @IsOptional()
  @MultilineText()
  @ValidateIf((_o, v) => v !== null)
  @ValidateNested()
  @Type(() => AuthoringValidatorBodyDto)
  validator?: AuthoringValidatorBodyDto | null;
}
