import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { LANGUAGE_IDS, type DraftDto, type LanguageId } from '@tryout/contracts';
import { DraftsService } from '@tryout/server-submissions';
import type { Response } from 'express';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser } from '../common/auth.decorators';
import { SlugPipe } from '../problems/slug.pipe';
import { DraftResponseDto } from './dto/draft.response.dto';
import { PutDraftDto } from './dto/put-draft.dto';
import { LanguagePipe } from './language.pipe';

@ApiTags('drafts')
@Controller('problems/:slug/drafts/:language')
@ApiParam({ name: 'language', enum: LANGUAGE_IDS })
export class DraftsController {
  constructor(private readonly drafts: DraftsService) {}

  @Get()
  @ApiOperation({ summary: "The caller's draft for this problem and language; `null` when there is none" })
  @ApiResponse({ status: 200, type: DraftResponseDto, description: 'The draft, or the JSON literal null' })
  @ApiErrors(400, 401, 404)
  async get(
    @CurrentUser() user: AuthPrincipal,
    @Param('slug', SlugPipe) slug: string,
    @Param('language', LanguagePipe) language: LanguageId,
    @Res() res: Response,
  ): Promise<void> {
    // Sent by hand: Nest replies to a null result with an empty body, not the JSON `null`.
    const draft: DraftDto | null = await this.drafts.get(user.userId, slug, language);
    res.status(200).json(draft);
  }

  @Put()
  @ApiOperation({ summary: "Save the caller's draft" })
  @ApiResponse({ status: 200, type: DraftResponseDto })
  @ApiErrors(400, 401, 404, 413)
  put(
    @CurrentUser() user: AuthPrincipal,
    @Param('slug', SlugPipe) slug: string,
    @Param('language', LanguagePipe) language: LanguageId,
    @Body() dto: PutDraftDto,
  ): Promise<DraftDto> {
    return this.drafts.put(user.userId, slug, language, dto.source);
  }
}
