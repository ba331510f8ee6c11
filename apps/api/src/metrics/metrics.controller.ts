import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { METRICS_CONTENT_TYPE, renderMetrics } from '@tryout/server-common';
import { ApiErrors } from '../common/api-errors.decorator';
import { Roles } from '../common/auth.decorators';

@ApiTags('admin')
@Roles('admin')
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', METRICS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "This api process's Prometheus metrics (admin; Prometheus scrapes API_METRICS_PORT instead)",
  })
  @ApiProduces('text/plain')
  @ApiResponse({ status: 200, description: 'Prometheus text format' })
  @ApiErrors(401, 403)
  metrics(): Promise<string> {
    return renderMetrics();
  }
}
