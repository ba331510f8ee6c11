import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type ChangeRoleRequest, type Role } from '@tryout/contracts';
import { IsIn } from 'class-validator';

export class ChangeRoleDto implements ChangeRoleRequest {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;
}
