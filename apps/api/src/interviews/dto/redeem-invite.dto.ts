import { ApiProperty } from '@nestjs/swagger';
import type { RedeemInviteRequest } from '@tryout/contracts';
import { IsString, MaxLength } from 'class-validator';

export class RedeemInviteDto implements RedeemInviteRequest {
  @ApiProperty({ description: 'The token from the invite link' })
  @IsString()
  @MaxLength(200)
  token: string;
}
