import { Controller, Delete, Get, HttpCode, Param, Put, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type {
  LanguageDto,
  ProblemDetailDto,
  ProblemListResponse,
  RandomProblemResponse,
  TagDto,
} from '@tryout/contracts';
import { CatalogService, FavouritesService, LanguagesService } from '@tryout/server-problems';
import type { AuthPrincipal } from '@tryout/server-users';
import type { Response } from 'express';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Public } from '../common/auth.decorators';
import { CallerStateService } from './caller-state.service';
import { ListProblemsQueryDto, RandomProblemQueryDto } from './dto/list-problems.query.dto';
import {
  ClassSignatureResponseDto,
  FunctionSignatureResponseDto,
  LanguageResponseDto,
  ProblemDetailResponseDto,
  ProblemListResponseDto,
  ProblemSummaryResponseDto,
  TagResponseDto,
} from './dto/problem.response.dto';
import { SlugPipe } from './slug.pipe';

@ApiTags('catalog')
@ApiExtraModels(FunctionSignatureResponseDto, ClassSignatureResponseDto)
@Controller()
export class ProblemsController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly favourites: FavouritesService,
    private readonly caller: CallerStateService,
    private readonly languages: LanguagesService,
  ) {}

  @Get('problems')
  @Public()
  @ApiOperation({
    summary: 'List problems',
    description:
      'Public. With a token, items carry solved/attempted/favourite and `status`/`favourites` filter by them.',
  })
  @ApiResponse({ status: 200, type: ProblemListResponseDto })
  @ApiErrors(400, 404)
  async list(
    @Query() query: ListProblemsQueryDto,
    @Res() res: Response,
    @CurrentUser() user?: AuthPrincipal,
  ): Promise<void> {
    if (!user) {
      // Anonymous reads are identical for everyone: send the memoised JSON text.
      res.type('application/json').send(await this.catalog.listJson(query));
      return;
    }
    const body: ProblemListResponse = await this.catalog.list(query, await this.caller.state(user));
    res.json(body);
  }

  @Get('random-problem')
  @Public()
  @ApiOperation({
    summary: 'A random problem matching the filters',
    description:
      'Public; the list filters without sort or paging. A signed-in caller gets an unsolved one while any matches. The JSON `null` when none matches (narrow filters are not an error). 404 only for an unknown `list`.',
  })
  @ApiResponse({ status: 200, type: ProblemSummaryResponseDto, description: 'The pick, or the JSON literal null' })
  @ApiErrors(400, 404)
  async random(
    @Query() query: RandomProblemQueryDto,
    @Res() res: Response,
    @CurrentUser() user?: AuthPrincipal,
  ): Promise<void> {
    const picked: RandomProblemResponse = await this.catalog.random(
      query,
      user ? await this.caller.state(user) : undefined,
    );
    // Sent by hand: Nest replies to a null result with an empty body, not the JSON `null`.
    res.status(200).json(picked);
  }

  @Get('problems/:slug')
  @Public()
  @ApiOperation({
    summary: 'One problem',
    description: 'Public. Hidden tests, reference solutions and the editorial only for admins.',
  })
  @ApiResponse({ status: 200, type: ProblemDetailResponseDto })
  @ApiErrors(404)
  async detail(
    @Param('slug', SlugPipe) slug: string,
    @Res() res: Response,
    @CurrentUser() user?: AuthPrincipal,
  ): Promise<void> {
    if (!user) {
      res.type('application/json').send(await this.catalog.detailJsonText(slug));
      return;
    }
    const { status, favourites } = await this.caller.state(user);
    const base = await this.catalog.detail(slug, { admin: user.role === 'admin' });
    const body: ProblemDetailDto = {
      ...base,
      solved: status.get(base.id)?.solved ?? false,
      attempted: status.get(base.id)?.attempted ?? false,
      favourite: favourites.has(base.id),
    };
    res.json(body);
  }

  @Put('problems/:slug/favourite')
  @HttpCode(204)
  @ApiOperation({ summary: 'Star a problem', description: 'Idempotent.' })
  @ApiResponse({ status: 204 })
  @ApiErrors(401, 404)
  async star(@Param('slug', SlugPipe) slug: string, @CurrentUser() user: AuthPrincipal): Promise<void> {
    await this.favourites.add(user.userId, slug);
  }

  @Delete('problems/:slug/favourite')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unstar a problem', description: 'Idempotent.' })
  @ApiResponse({ status: 204 })
  @ApiErrors(401, 404)
  async unstar(@Param('slug', SlugPipe) slug: string, @CurrentUser() user: AuthPrincipal): Promise<void> {
    await this.favourites.remove(user.userId, slug);
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
  languageList(): Promise<LanguageDto[]> {
    return this.languages.list();
  }
}
