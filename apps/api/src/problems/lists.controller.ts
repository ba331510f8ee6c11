import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CuratedListDetailDto, CuratedListDto } from '@tryout/contracts';
import { CatalogService, ProblemException } from '@tryout/server-problems';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Public } from '../common/auth.decorators';
import { CallerStateService } from './caller-state.service';
import { CuratedListDetailResponseDto, CuratedListResponseDto } from './dto/problem.response.dto';

const LIST_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

@ApiTags('catalog')
@Controller('lists')
export class ListsController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly caller: CallerStateService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Curated lists',
    description: 'Public. With a token, each carries the caller’s solved count.',
  })
  @ApiResponse({ status: 200, type: [CuratedListResponseDto] })
  async all(@CurrentUser() user?: AuthPrincipal): Promise<CuratedListDto[]> {
    return this.catalog.lists(user ? await this.caller.state(user) : undefined);
  }

  @Get(':slug')
  @Public()
  @ApiOperation({
    summary: 'One curated list with its problems in order',
    description: 'Public. With a token, problems carry solved flags.',
  })
  @ApiResponse({ status: 200, type: CuratedListDetailResponseDto })
  @ApiErrors(404)
  async one(@Param('slug') slug: string, @CurrentUser() user?: AuthPrincipal): Promise<CuratedListDetailDto> {
    if (!LIST_SLUG.test(slug)) throw new ProblemException('list_not_found', 'no such list');
    return this.catalog.listDetail(slug, user ? await this.caller.state(user) : undefined);
  }
}
