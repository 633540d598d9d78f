import type { Role } from '../../../../src/core/model';

export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer'];
