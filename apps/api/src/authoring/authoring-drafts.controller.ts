import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  DRAFT_TEST_FILE_MAX_BYTES,
  PACKAGE_ZIP_MAX_BYTES,
  type DraftChangesDto,
  type DraftTestDto,
  type ProblemDraftDto,
  type PublishResultDto,
  type ValidationDto,
} from '@tryout/contracts';
import { AdminUsersService } from '@tryout/server-admin';
import { AuthoringException, PackagesService, ProblemDraftsService, ValidationService } from '@tryout/server-authoring';
import type { AuthPrincipal } from '@tryout/server-users';
import type { Request, Response } from 'express';
import { isUtf8 } from 'node:buffer';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { readRawBody } from '../common/body-parsing';
import { DraftIdPipe, TestIdPipe, TestPartPipe } from './authoring-id.pipe';
import { CreateDraftDto } from './dto/create-draft.dto';
import { CreateDraftTestDto, ReorderDraftTestsDto, UpdateDraftTestDto } from './dto/draft-test.dto';
import { UpdateDraftDto } from './dto/update-draft.dto';

@ApiTags('admin: authoring')
@Roles('admin')
@Controller('admin')
export class AuthoringDraftsController {
  constructor(
    private readonly drafts: ProblemDraftsService,
    private readonly validation: ValidationService,
    private readonly packages: PackagesService,
    private readonly users: AdminUsersService,
  ) {}

  @Post('drafts')
  @ApiOperation({ summary: 'Create a new problem as a draft (admin)' })
  @ApiResponse({ status: 201, description: 'ProblemDraftDto' })
  @ApiErrors(400, 401, 403, 409)
  async create(@CurrentUser() principal: AuthPrincipal, @Body() dto: CreateDraftDto): Promise<ProblemDraftDto> {
    return this.drafts.create(await this.users.actor(principal.userId), dto);
  }

  @Post('packages')
  @ApiOperation({
    summary: 'Upload a Tryout or Kattis package zip as a draft (admin)',
    description: `Raw application/zip body, streamed, up to ${PACKAGE_ZIP_MAX_BYTES} bytes. The checks of tryout import; 422 package_invalid with errors per file.`,
  })
  @ApiConsumes('application/zip')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 201, description: 'ProblemDraftDto' })
  @ApiErrors(400, 401, 403, 409, 413, 422)
  async uploadPackage(@CurrentUser() principal: AuthPrincipal, @Req() req: Request): Promise<ProblemDraftDto> {
    const zip = await readRawBody(req, PACKAGE_ZIP_MAX_BYTES);
    return this.packages.upload(await this.users.actor(principal.userId), zip);
  }

  @Get('drafts/:draftId')
  @ApiOperation({ summary: 'A draft: content, tests (large files not inlined), validation state (admin)' })
  @ApiResponse({ status: 200, description: 'ProblemDraftDto' })
  @ApiErrors(401, 403, 404)
  get(@Param('draftId', DraftIdPipe) draftId: string): Promise<ProblemDraftDto> {
    return this.drafts.get(draftId);
  }

  @Patch('drafts/:draftId')
  @ApiOperation({ summary: "Edit a draft's content: any subset of its fields (admin)" })
  @ApiResponse({ status: 200, description: 'ProblemDraftDto' })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(
    @CurrentUser() principal: AuthPrincipal,
    @Param('draftId', DraftIdPipe) draftId: string,
    @Body() dto: UpdateDraftDto,
  ): Promise<ProblemDraftDto> {
    return this.drafts.update(await this.users.actor(principal.userId), draftId, dto);
  }

  @Delete('drafts/:draftId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Discard a draft; published versions stay (admin)' })
  @ApiResponse({ status: 204 })
  @ApiErrors(401, 403, 404)
  async discard(
    @CurrentUser() principal: AuthPrincipal,
    @Param('draftId', DraftIdPipe) draftId: string,
  ): Promise<void> {
    await this.drafts.discard(await this.users.actor(principal.userId), draftId);
  }

  @Post('drafts/:draftId/tests')
  @ApiOperation({ summary: 'Add a test, typed in (admin)' })
  @ApiResponse({ status: 201, description: 'DraftTestDto' })
  @ApiErrors(400, 401, 403, 404, 413)
  async addTest(
    @CurrentUser() principal: AuthPrincipal,
    @Param('draftId', DraftIdPipe) draftId: string,
    @Body() dto: CreateDraftTestDto,
  ): Promise<DraftTestDto> {
    return this.drafts.addTest(await this.users.actor(principal.userId), draftId, dto);
  }

  @Put('drafts/:draftId/tests-order')
  @ApiOperation({ summary: 'Reorder the tests: every test id once (admin)' })
  @ApiResponse({ status: 200, description: 'DraftTestDto[]' })
  @ApiErrors(400, 401, 403, 404)
  async reorder(
    @CurrentUser() principal: AuthPrincipal,
    @Param('draftId', DraftIdPipe) draftId: string,
    @Body() dto: ReorderDraftTestsDto,
  ): Promise<DraftTestDto[]> {
    return this.drafts.reorderTests(await this.users.actor(principal.userId), draftId, dto.testIds);
  }

  @Patch('drafts/:draftId/tests/:testId')
  @ApiOperation({ summary: 'Edit a test: name, sample/hidden, input, answer, flags (admin)' })
  @ApiResponse({ status: 200, description: 'DraftTestDto' })
  @ApiErrors(400, 401, 403, 404)
  async updateTest(
    @CurrentUser() principal: AuthPrincipal,
    @Param('draftId', DraftIdPipe) draftId: string,
    @Param('testId', TestIdPipe) testId: string,
    @Body() dto: UpdateDraftTestDto,
  ): Promise<DraftTestDto> {
    return this.drafts.updateTest(await this.users.actor(principal.userId), draftId, testId, dto);
  }

  @Delete('drafts/:draftId/tests/:testId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a test (admin)' })
  @ApiResponse({ status: 204 })
  @ApiErrors(401, 403, 404)
  async deleteTest(
    @CurrentUser() principal: AuthPrincipal,
    @Param('draftId', DraftIdPipe) draftId: string,
    @Param('testId', TestIdPipe) testId: string,
  ): Promise<void> {
    await this.drafts.deleteTest(await this.users.actor(principal.userId), draftId, testId);
  }

  @Put('drafts/:draftId/tests/:testId/:part')
  @ApiOperation({
    summary: "Upload a test's input or answer file, streamed (admin)",
    description: `Raw body (application/octet-stream or text/plain), UTF-8, up to ${DRAFT_TEST_FILE_MAX_BYTES} bytes; part is input or answer.`,
  })
  @ApiConsumes('application/octet-stream', 'text/plain')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 200, description: 'DraftTestDto' })
  @ApiErrors(400, 401, 403, 404, 413)
  async uploadTestFile(
    @CurrentUser() principal: AuthPrincipal,
    @Param('draftId', DraftIdPipe) draftId: string,
    @Param('testId', TestIdPipe) testId: string,
    @Param('part', TestPartPipe) part: 'input' | 'answer',
    @Req() req: Request,
  ): Promise<DraftTestDto> {
    const body = await readRawBody(req, DRAFT_TEST_FILE_MAX_BYTES);
    if (!isUtf8(body)) throw new AuthoringException('invalid_encoding', 'test files must be UTF-8 text');
    if (body.includes(0)) throw new AuthoringException('invalid_encoding', 'test files must not contain NUL bytes');
    return this.drafts.setTestFile(
      await this.users.actor(principal.userId),
      draftId,
      testId,
      part,
      body.toString('utf8'),
    );
  }

  @Get('drafts/:draftId/tests/:testId/:part')
  @ApiOperation({ summary: "A test's input or answer file, raw (admin)" })
  @ApiProduces('text/plain')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiResponse({ status: 200, description: 'text/plain' })
  @ApiErrors(401, 403, 404)
  testFile(
    @Param('draftId', DraftIdPipe) draftId: string,
    @Param('testId', TestIdPipe) testId: string,
    @Param('part', TestPartPipe) part: 'input' | 'answer',
  ): Promise<string> {
    return this.drafts.testFile(draftId, testId, part);
  }

  @Post('drafts/:draftId/validate')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Judge every solution of the draft through the queue, lowest priority: what tryout verify checks (admin)',
  })
  @ApiResponse({ status: 202, description: 'ValidationDto' })
  @ApiErrors(400, 401, 403, 404, 503)
  async validate(
    @CurrentUser() principal: AuthPrincipal,
    @Param('draftId', DraftIdPipe) draftId: string,
  ): Promise<ValidationDto> {
    return this.validation.request(await this.users.actor(principal.userId), draftId);
  }

  @Get('drafts/:draftId/validation')
  @ApiOperation({
    summary:
      "The draft's latest validation with per-solution, per-test progress; poll it. JSON `null` before the first (admin)",
  })
  @ApiResponse({ status: 200, description: 'ValidationDto, or the JSON literal null when never validated' })
  @ApiErrors(401, 403, 404)
  async latestValidation(@Param('draftId', DraftIdPipe) draftId: string, @Res() res: Response): Promise<void> {
    // Sent by hand: Nest replies to a null result with an empty body, not the JSON `null`.
    const validation: ValidationDto | null = await this.validation.latest(draftId);
    res.status(200).json(validation);
  }

  @Get('drafts/:draftId/changes')
  @ApiOperation({ summary: 'What publishing would change against the current version (admin)' })
  @ApiResponse({ status: 200, description: 'DraftChangesDto' })
  @ApiErrors(401, 403, 404)
  changes(@Param('draftId', DraftIdPipe) draftId: string): Promise<DraftChangesDto> {
    return this.drafts.changes(draftId);
  }

  @Post('drafts/:draftId/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a draft validated on its current content: the next immutable version (admin)' })
  @ApiResponse({ status: 200, description: 'PublishResultDto' })
  @ApiErrors(401, 403, 404, 409)
  async publish(
    @CurrentUser() principal: AuthPrincipal,
    @Param('draftId', DraftIdPipe) draftId: string,
  ): Promise<PublishResultDto> {
    return this.drafts.publish(await this.users.actor(principal.userId), draftId);
  }
}
