import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { EditorialDto, EditorialStateDto, HintsDto, SimilarProblemsDto } from '@tryout/contracts';
import { CatalogService, EditorialService } from '@tryout/server-problems';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Public } from '../common/auth.decorators';
import {
  EditorialLockedResponseDto,
  EditorialResponseDto,
  HintsResponseDto,
  SimilarProblemsResponseDto,
} from './dto/editorial.response.dto';
import { SlugPipe } from './slug.pipe';

/** What helps after (or instead of) solving: the editorial, hints and similar problems. */
@ApiTags('editorial')
@Controller('problems/:slug')
export class EditorialController {
  constructor(
    private readonly editorials: EditorialService,
    private readonly catalog: CatalogService,
  ) {}

  @Get('editorial')
  @ApiOperation({
    summary: 'The editorial and accepted reference solutions, or its locked state',
    description:
      'Locked until the caller has submitted once for the problem (any verdict) or revealed it; admins always. Locked is an ordinary answer: 200 `{locked: true, slug, message}` without the content. 404 `editorial_not_found` when the problem has none.',
  })
  @ApiExtraModels(EditorialResponseDto, EditorialLockedResponseDto)
  @ApiResponse({
    status: 200,
    schema: {
      oneOf: [{ $ref: getSchemaPath(EditorialResponseDto) }, { $ref: getSchemaPath(EditorialLockedResponseDto) }],
    },
  })
  @ApiErrors(401, 404)
  editorial(@CurrentUser() user: AuthPrincipal, @Param('slug', SlugPipe) slug: string): Promise<EditorialStateDto> {
    return this.editorials.editorial(slug, user);
  }

  @Post('editorial/reveal')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reveal the editorial before submitting',
    description: 'Records the reveal for the caller (idempotent) and returns the editorial.',
  })
  @ApiResponse({ status: 200, type: EditorialResponseDto })
  @ApiErrors(401, 404)
  reveal(@CurrentUser() user: AuthPrincipal, @Param('slug', SlugPipe) slug: string): Promise<EditorialDto> {
    return this.editorials.reveal(slug, user);
  }

  @Get('hints')
  @Public()
  @ApiOperation({ summary: 'Progressive hints', description: 'Shown one at a time by the web app; may be empty.' })
  @ApiResponse({ status: 200, type: HintsResponseDto })
  @ApiErrors(404)
  hints(@Param('slug', SlugPipe) slug: string): Promise<HintsDto> {
    return this.editorials.hints(slug);
  }

  @Get('similar')
  @Public()
  @ApiOperation({
    summary: 'Similar problems',
    description: 'Up to 5 problems with the most tags in common, then the closest difficulty.',
  })
  @ApiResponse({ status: 200, type: SimilarProblemsResponseDto })
  @ApiErrors(404)
  similar(@Param('slug', SlugPipe) slug: string): Promise<SimilarProblemsDto> {
    return this.catalog.similar(slug);
  }
}
