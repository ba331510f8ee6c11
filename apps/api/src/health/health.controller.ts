import { Controller, Get, HttpException, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthService } from '@tryout/server-health';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Database, Redis, Docker engine and each runner image: up or down',
    description:
      'Keys: database, redis, docker, image:tryout-runner-<language>:latest. 503 when any is down; `error` names them.',
  })
  @ApiResponse({ status: 200, description: 'Everything up' })
  @ApiResponse({ status: 503, description: 'Something is down (terminus body: status, info, error, details)' })
  async check(@Res({ passthrough: true }) res: Response): Promise<unknown> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      return await this.health.check();
    } catch (err) {
      // Terminus throws a 503 HttpException whose body is the full report: pass it through.
      if (err instanceof HttpException) {
        res.status(err.getStatus());
        return err.getResponse();
      }
      throw err;
    }
  }
}
