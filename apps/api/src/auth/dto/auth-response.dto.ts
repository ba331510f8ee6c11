import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type AuthResponse, type Role, type UserDto } from '@tryout/contracts';

export class UserResponseDto implements UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuthResponseDto implements AuthResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>`' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ type: UserResponseDto }) user: UserResponseDto;
}
