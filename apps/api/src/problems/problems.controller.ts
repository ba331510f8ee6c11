import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { LanguageDto, ProblemDetailDto, ProblemListResponse, TagDto } from '@tryout/contracts';
import { CatalogService, listLanguages } from '@tryout/server-problems';
import { ProgressService } from '@tryout/server-submissions';
import type { AuthPrincipal } from '@tryout/server-users';
import type { Response } from 'express';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Public } from '../common/auth.decorators';
import { ListProblemsQueryDto } from './dto/list-problems.query.dto';
import {
  ClassSignatureResponseDto,
  FunctionSignatureResponseDto,
  LanguageResponseDto,
  ProblemDetailResponseDto,
  ProblemListResponseDto,
  TagResponseDto,
} from './dto/problem.response.dto';
import { SlugPipe } from './slug.pipe';

@ApiTags('catalog')
@ApiExtraModels(FunctionSignatureResponseDto, ClassSignatureResponseDto)
@Controller()
export class ProblemsController {
  private readonly languages = listLanguages();

  constructor(
    private readonly catalog: CatalogService,
    private readonly progress: ProgressService,
  ) {}

  @Get('problems')
  @Public()
  @ApiOperation({ summary: 'List problems', description: 'Public. With a token, items carry solved/attempted and `status` filters by them.' })
  @ApiResponse({ status: 200, type: ProblemListResponseDto })
  @ApiErrors(400)
  async list(@Query() query: ListProblemsQueryDto, @Res() res: Response, @CurrentUser() user?: AuthPrincipal): Promise<void> {
    if (!user) {
      // Anonymous reads are identical for everyone: send the memoised JSON text.
      res.type('application/json').send(await this.catalog.listJson(query));
      return;
    }
    const body: ProblemListResponse = await this.catalog.list(query, await this.progress.statusByProblem(user.userId));
    res.json(body);
  }

  @Get('problems/:slug')
  @Public()
  @ApiOperation({ summary: 'One problem', description: 'Public. Hidden tests, reference solutions and the editorial only for admins.' })
  @ApiResponse({ status: 200, type: ProblemDetailResponseDto })
  @ApiErrors(404)
  async detail(@Param('slug', SlugPipe) slug: string, @Res() res: Response, @CurrentUser() user?: AuthPrincipal): Promise<void> {
    if (!user) {
      res.type('application/json').send(await this.catalog.detailJsonText(slug));
      return;
    }
    const statuses = await this.progress.statusByProblem(user.userId);
    const base = await this.catalog.detail(slug, { admin: user.role === 'admin' });
    const body: ProblemDetailDto = { ...base, solved: statuses.get(base.id)?.solved ?? false, attempted: statuses.get(base.id)?.attempted ?? false };
    res.json(body);
  }

  @Get('tags')
  @Public()
  @ApiOperation({ summary: 'Tags with problem counts', description: 'Sorted by count, then name.' })
  @ApiResponse({ status: 200, type: [TagResponseDto] })
  tags(): Promise<TagDto[]> {
    return this.catalog.tags();
  }

  @Get('languages')
  @Public()
  @ApiOperation({ summary: 'Languages the judge runs' })
  @ApiResponse({ status: 200, type: [LanguageResponseDto] })
  languageList(): LanguageDto[] {
    return this.languages;
  }
}
