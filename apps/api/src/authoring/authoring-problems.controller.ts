import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type {
  AuthoringProblemDetailDto,
  AuthoringProblemListResponse,
  AuthoringProblemSummaryDto,
  ProblemDraftDto,
  RejudgeDto,
} from '@tryout/contracts';
import { AdminUsersService } from '@tryout/server-admin';
import { PackagesService, ProblemDraftsService, RejudgeService } from '@tryout/server-authoring';
import type { AuthPrincipal } from '@tryout/server-users';
import type { Response } from 'express';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { ProblemIdPipe, RejudgeIdPipe, VersionPipe } from './authoring-id.pipe';
import { ListAuthoringProblemsQueryDto } from './dto/list-authoring-problems.query.dto';

@ApiTags('admin: authoring')
@Roles('admin')
@Controller('admin')
export class AuthoringProblemsController {
  constructor(
    private readonly drafts: ProblemDraftsService,
    private readonly rejudges: RejudgeService,
    private readonly packages: PackagesService,
    private readonly users: AdminUsersService,
  ) {}

  @Get('problems')
  @ApiOperation({
    summary: 'Problems and never-published drafts with status, validation state and last editor (admin)',
  })
  @ApiResponse({ status: 200, description: 'AuthoringProblemListResponse' })
  @ApiErrors(400, 401, 403)
  list(@Query() query: ListAuthoringProblemsQueryDto): Promise<AuthoringProblemListResponse> {
    return this.drafts.list({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
  }

  @Get('problems/:problemId')
  @ApiOperation({ summary: 'One problem with its versions (admin)' })
  @ApiResponse({ status: 200, description: 'AuthoringProblemDetailDto' })
  @ApiErrors(401, 403, 404)
  detail(@Param('problemId', ProblemIdPipe) problemId: string): Promise<AuthoringProblemDetailDto> {
    return this.drafts.detail(problemId);
  }

  @Post('problems/:problemId/draft')
  @HttpCode(200)
  @ApiOperation({ summary: "The published problem's open draft, created from its current version if none (admin)" })
  @ApiResponse({ status: 200, description: 'ProblemDraftDto' })
  @ApiErrors(401, 403, 404)
  async openDraft(
    @CurrentUser() principal: AuthPrincipal,
    @Param('problemId', ProblemIdPipe) problemId: string,
  ): Promise<ProblemDraftDto> {
    return this.drafts.open(await this.users.actor(principal.userId), problemId);
  }

  @Post('problems/:problemId/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a problem: it leaves the public catalog (admin)' })
  @ApiResponse({ status: 200, description: 'AuthoringProblemSummaryDto' })
  @ApiErrors(401, 403, 404, 409)
  async archive(
    @CurrentUser() principal: AuthPrincipal,
    @Param('problemId', ProblemIdPipe) problemId: string,
  ): Promise<AuthoringProblemSummaryDto> {
    return this.drafts.setArchived(await this.users.actor(principal.userId), problemId, true);
  }

  @Post('problems/:problemId/unarchive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bring an archived problem back to the catalog (admin)' })
  @ApiResponse({ status: 200, description: 'AuthoringProblemSummaryDto' })
  @ApiErrors(401, 403, 404, 409)
  async unarchive(
    @CurrentUser() principal: AuthPrincipal,
    @Param('problemId', ProblemIdPipe) problemId: string,
  ): Promise<AuthoringProblemSummaryDto> {
    return this.drafts.setArchived(await this.users.actor(principal.userId), problemId, false);
  }

  @Get('problems/:problemId/versions/:version/package')
  @ApiOperation({ summary: 'A version as a package zip that tryout import and verify accept (admin)' })
  @ApiProduces('application/zip')
  @ApiResponse({ status: 200, description: 'application/zip' })
  @ApiErrors(401, 403, 404)
  async downloadPackage(
    @Param('problemId', ProblemIdPipe) problemId: string,
    @Param('version', VersionPipe) version: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { fileName, zip } = await this.packages.download(problemId, version);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    return new StreamableFile(zip, { type: 'application/zip', length: zip.length });
  }

  @Post('problems/:problemId/rejudge')
  @HttpCode(202)
  @ApiOperation({
    summary: "Rejudge the problem's past practice submits on its current version, lowest priority (admin)",
  })
  @ApiResponse({ status: 202, description: 'RejudgeDto' })
  @ApiErrors(401, 403, 404, 409)
  async rejudge(
    @CurrentUser() principal: AuthPrincipal,
    @Param('problemId', ProblemIdPipe) problemId: string,
  ): Promise<RejudgeDto> {
    return this.rejudges.request(await this.users.actor(principal.userId), problemId);
  }

  @Get('problems/:problemId/rejudges')
  @ApiOperation({ summary: "The problem's rejudges, newest first (admin)" })
  @ApiResponse({ status: 200, description: 'RejudgeDto[]' })
  @ApiErrors(401, 403, 404)
  listRejudges(@Param('problemId', ProblemIdPipe) problemId: string): Promise<RejudgeDto[]> {
    return this.rejudges.list(problemId);
  }

  @Get('rejudges/:rejudgeId')
  @ApiOperation({ summary: 'A rejudge: progress and the submissions whose verdict changed (admin)' })
  @ApiResponse({ status: 200, description: 'RejudgeDto' })
  @ApiErrors(401, 403, 404)
  getRejudge(@Param('rejudgeId', RejudgeIdPipe) rejudgeId: string): Promise<RejudgeDto> {
    return this.rejudges.get(rejudgeId);
  }
}
